package dev.sitegen.cli;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.daemon.DaemonClient;
import dev.sitegen.daemon.DaemonServer;
import dev.sitegen.daemon.DaemonSocket;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code daemon status|stop}: the background process bin/site-gen runs {@code build} and {@code check} in
 * (package {@code daemon}); and the daemon's own entry point, {@code bin/site-gen --daemon-serve SOCKET}.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Show or stop the background process bin/site-gen runs build and check in.")
final class DaemonCommand implements Callable<Integer> {

    /** What to do with the daemon. */
    enum Action {
        STATUS, STOP
    }

    @Parameters(index = "0", paramLabel = "ACTION", description = "status (pid, jar, uptime, commands served, "
            + "socket) or stop (exit code 0 also when none runs).")
    Action action;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Invocation invocation;

    DaemonCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // the caller's environment names the socket folder (XDG_RUNTIME_DIR) and part of the identity
        try {
            return action == Action.STATUS ? DaemonClient.printStatus(out, invocation.environment())
                    : DaemonClient.stopDaemon(out, invocation.environment());
        } catch (IOException e) {
            // a folder refused for the socket: no daemon can run, which is what status and stop report
            out.println("site-gen: no background process can run: " + e.getMessage());
            return 0;
        }
    }

    /**
     * The daemon process: serves the socket its caller computed (the same, or this jar is not the caller's)
     * until it stops; its output goes to the socket's log. Runs each command line as {@link Main#run} does.
     */
    static int serveSocket(String[] args) {
        Map<String, String> environment = System.getenv();
        try {
            DaemonSocket socket = DaemonSocket.requireSocket(environment);
            if (args.length != 1 || !socket.path().equals(Path.of(args[0]))) {
                System.err.println("site-gen daemon: asked to serve " + String.join(" ", args)
                        + ", but this process's socket is " + socket.path());
                return AbortHandler.USAGE;
            }
            long pid = ProcessHandle.current().pid();
            System.err.println("site-gen daemon: pid " + pid + " serving " + socket.path());
            // a process that runs many commands keeps the caches it read or wrote decoded (by file stamp)
            MemoryTier.enable();
            String why = new DaemonServer(socket, (line, folder, env, out, err) -> Main.run(
                    line.toArray(String[]::new), out, err, new Invocation(folder, env)), environment).serve();
            System.err.println("site-gen daemon: pid " + pid + (why.isEmpty()
                    ? " not started: another daemon serves " + socket.path() : " stopped: " + why));
            return 0;
        } catch (IOException e) {
            System.err.println("site-gen daemon: " + e.getMessage());
            return 1;
        }
    }
}
