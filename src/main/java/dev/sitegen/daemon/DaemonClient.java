package dev.sitegen.daemon;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The caller's side: hands a {@code build} or {@code check} to the daemon, starting one when none answers,
 * and copies its frames to this process's stdout and stderr. Runs before picocli is loaded, so it stays small
 * (no lambdas, no other package). Whatever fails before the daemon printed anything leaves the command to this
 * process, as if there were no daemon.
 */
public final class DaemonClient {

    /** {@link #route}'s answer when this process should run the command itself. */
    public static final int RUN_HERE = -1;

    static final String NOTICE = "site-gen: started a background process for faster builds and checks (stops"
            + " after 15 idle minutes; SITE_GEN_DAEMON=off or --no-daemon runs without it)";

    /** {@link #send}'s answers besides an exit code. */
    static final int NOT_RUNNING = -2;
    static final int REFUSED = -3;

    private DaemonClient() {
    }

    /** Whether {@code bin/site-gen} should hand this command line to a daemon (see README "Daemon"). */
    public static boolean shouldRoute(String[] args, Map<String, String> environment) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check"))) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--no-daemon")) {
                return false;
            }
        }
        String ci = environment.get("CI");
        return !"off".equals(environment.get("SITE_GEN_DAEMON")) && (ci == null || ci.isEmpty());
    }

    /**
     * Runs {@code args} in the daemon (started through {@code launcher} when none answers) and returns its exit
     * code, or {@link #RUN_HERE}.
     */
    public static int route(String[] args, String launcher) {
        Map<String, String> environment = System.getenv();
        if (!shouldRoute(args, environment) || launcher == null) {
            return RUN_HERE;
        }
        DaemonSocket socket;
        try {
            socket = DaemonSocket.requireSocket(environment);
        } catch (IOException e) {
            System.err.println("site-gen: running without a background process: " + e.getMessage());
            return RUN_HERE;
        }
        Request request = new Request(Wire.RUN, socket.identity(), Path.of("").toAbsolutePath().toString(),
                environment, List.of(args));
        int code = send(socket.path(), request, System.out, System.err);
        if (code == NOT_RUNNING && DaemonStarter.startDaemon(socket, launcher)) {
            code = send(socket.path(), request, System.out, System.err);
        }
        return code < 0 ? RUN_HERE : code;
    }

    /**
     * Sends {@code request} and copies the answer's frames to {@code out} and {@code err}: the exit code, or
     * {@link #NOT_RUNNING} when nothing answers, {@link #REFUSED} when the daemon will not serve it. A daemon
     * that dies after printing cannot be replaced by a run here (the output would be doubled): an internal error.
     */
    static int send(Path socketPath, Request request, OutputStream out, OutputStream err) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return REFUSED;
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socketPath));
            } catch (IOException e) {
                return NOT_RUNNING;
            }
            DataOutputStream toDaemon = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            request.writeTo(toDaemon);
            DataInputStream fromDaemon = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            if (!Wire.readHeader(fromDaemon) || fromDaemon.readByte() != Wire.ACCEPTED) {
                return REFUSED;
            }
            return copyFrames(fromDaemon, out, err);
        } catch (IOException e) {
            return REFUSED;
        }
    }

    /**
     * Whatever breaks the answer (its end, a reset, a frame this protocol does not allow) before anything was
     * printed leaves the command to this process; after, a run here would print it twice: an internal error.
     */
    private static int copyFrames(DataInputStream fromDaemon, OutputStream out, OutputStream err) {
        boolean printed = false;
        try {
            while (true) {
                byte kind = fromDaemon.readByte();
                if (kind == Wire.EXIT) {
                    return fromDaemon.readInt();
                }
                if (kind != Wire.STDOUT && kind != Wire.STDERR) {
                    throw new IOException("bad frame " + kind + " in the daemon's protocol");
                }
                byte[] bytes = Wire.readBytes(fromDaemon, Wire.MAX_FRAME);
                OutputStream target = kind == Wire.STDERR ? err : out;
                printed = true;
                target.write(bytes);
                target.flush();
            }
        } catch (IOException e) {
            if (!printed) {
                return REFUSED;
            }
            PrintStream report = err instanceof PrintStream p ? p : new PrintStream(err, true);
            report.println("site-gen: the background process's output ended before the command finished (it"
                    + " stopped, or this process read none of it for " + DaemonServer.OUTPUT_BOUND_SECONDS + " s)");
            report.flush();
            return DaemonServer.INTERNAL_ERROR;
        }
    }

    /**
     * Whether a daemon of {@code socket}'s identity answers a status request there. Also how the class-data
     * archive learns the client's classes (cli/CdsTraining asks a socket where none listens).
     */
    public static boolean isServing(DaemonSocket socket) {
        OutputStream none = OutputStream.nullOutputStream();
        return send(socket.path(), new Request(Wire.STATUS, socket.identity(), "", Map.of(), List.of()), none, none)
                >= 0;
    }

    /** {@code daemon status}: what the daemon says of itself, or that none runs; exit code 0. */
    public static int printStatus(PrintWriter out, Map<String, String> environment) throws IOException {
        return ask(Wire.STATUS, out, environment);
    }

    /** {@code daemon stop}: stops the daemon and waits until its socket is gone; exit code 0 also when none ran. */
    public static int stopDaemon(PrintWriter out, Map<String, String> environment) throws IOException {
        return ask(Wire.STOP, out, environment);
    }

    private static int ask(byte kind, PrintWriter out, Map<String, String> environment) throws IOException {
        DaemonSocket socket = DaemonSocket.requireSocket(environment);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int code = send(socket.path(), new Request(kind, socket.identity(), "", Map.of(), List.of()), answer, answer);
        out.print(answer.toString(StandardCharsets.UTF_8));
        if (code == NOT_RUNNING) {
            out.println("site-gen: no background process is running (socket " + socket.path() + ")");
            return 0;
        }
        if (code == REFUSED) {
            out.println("site-gen: the process at " + socket.path() + " did not answer as this site-gen's");
            return 1;
        }
        if (kind == Wire.STOP) {
            DaemonStarter.awaitSocketGone(socket.path());
        }
        out.flush();
        return code;
    }
}
