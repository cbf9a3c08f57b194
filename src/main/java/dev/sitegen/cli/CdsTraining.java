package dev.sitegen.cli;

import dev.sitegen.daemon.DaemonClient;
import dev.sitegen.daemon.DaemonSocket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The run {@code mvn package} records the class-data archive from ({@code -XX:ArchiveClassesAtExit}
 * keeps the classes of one JVM, so one JVM runs every command line it should know): its arguments are
 * command lines separated by {@code --then}, run one after another through {@link Main#run}, whatever
 * their exit codes (a checkout without git still records the others). Build tooling, not a command.
 */
public final class CdsTraining {

    static final String THEN = "--then";

    private CdsTraining() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // bin/site-gen's daemon client (its sockets and protocol) loads before anything else: archive it too
        DaemonClient.shouldRoute(args, Map.of());
        try {
            DaemonClient.isServing(DaemonSocket.describeSocket(Path.of("target", "cds-no-daemon.sock"), Map.of()));
        } catch (IOException e) {
            err.println("cds training: no daemon client: " + e.getMessage());
        }
        for (List<String> line : splitLines(args)) {
            int code = Main.run(line.toArray(String[]::new), out, err);
            out.println("cds training: exit " + code + " from " + String.join(" ", line));
        }
    }

    static List<List<String>> splitLines(String[] args) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals(THEN)) {
                lines.add(List.copyOf(line));
                line.clear();
            } else {
                line.add(arg);
            }
        }
        lines.add(List.copyOf(line));
        lines.removeIf(List::isEmpty);
        return lines;
    }
}
