package dev.sitegen.cli;

import dev.sitegen.daemon.DaemonClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar site-gen.jar} and {@code mvn site-gen}. Exit codes: 0 ok, 1 error
 * diagnostics (or warnings with {@code --fail-on warning}), 2 usage or configuration error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before picocli is loaded (a third of a cold start): bin/site-gen hands build and check to its daemon
        String daemon = System.getProperty("sitegen.daemon", "");
        if (daemon.equals("serve")) {
            System.exit(DaemonCommand.serveSocket(args));
        }
        if (daemon.equals("auto")) {
            int routed = DaemonClient.route(args, System.getProperty("sitegen.launcher"));
            if (routed != DaemonClient.RUN_HERE) {
                System.exit(routed);
            }
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // Exit only on failure so `mvn site-gen` (exec:java, same JVM) finishes normally on success.
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs one command line with the given streams and returns its exit code (for tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Invocation.ofThisProcess(), CommandLine.Help.Ansi.AUTO);
    }

    /**
     * Runs one command line for a caller in {@code invocation}'s folder and environment (a daemon's
     * callers): relative paths resolve against its folder, the environment is its own.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation) {
        // picocli decides on colour from this JVM's console and environment, which are not the caller's
        return run(args, out, err, invocation, CommandLine.Help.Ansi.OFF);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Invocation invocation,
            CommandLine.Help.Ansi ansi) {
        CommandLine cli = new CommandLine(new SiteGenCommand(), new InvocationFactory(invocation));
        addSubcommands(cli, args);
        // after the subcommands: picocli registers a converter with the commands added so far. Defaults
        // (--out site-out) and mixins' options are converted too, so no command sees a relative path.
        cli.registerConverter(Path.class, invocation::resolvePath);
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new AbortHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Adds the subcommand the arguments name, or every one when they name none (help, a typo): building
     * picocli's model of all seven was a third of an up-to-date build's CPU. A lone {@code --version} names
     * none and needs none: it prints the version and runs nothing (with more arguments, say a typo after it,
     * picocli reports them against the full command as before).
     */
    private static void addSubcommands(CommandLine cli, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return;
        }
        boolean named = SiteGenCommand.SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        for (Class<?> command : SiteGenCommand.SUBCOMMANDS) {
            if (!named || nameOf(command).equals(first)) {
                cli.addSubcommand(nameOf(command), command);
            }
        }
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
