package dev.sitegen.testing;

import dev.sitegen.cli.Invocation;
import dev.sitegen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps its exit code and both streams. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun runCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The CLI run in-process for a caller in {@code invocation}'s folder and environment (a daemon's). */
    public static CliRun runCliFor(Invocation invocation, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), invocation);
        return new CliRun(code, out.toString(), err.toString());
    }
}
