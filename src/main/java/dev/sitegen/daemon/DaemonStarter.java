package dev.sitegen.daemon;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a daemon for a caller: {@code bin/site-gen --daemon-serve SOCKET} (the launcher owns the daemon's JVM
 * flags), detached from the caller's terminal ({@code setsid} when on the PATH, so a Ctrl-C in the caller's
 * terminal does not reach it), with no stdin and its output in the socket's log; then waits for its socket.
 */
final class DaemonStarter {

    /** How long a caller waits for a new daemon before running the command itself. */
    static final long START_WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 20;

    private DaemonStarter() {
    }

    /** Starts a daemon and waits until it answers; false when it did not (the caller runs the command itself). */
    static boolean startDaemon(DaemonSocket socket, String launcher) {
        List<String> command = new ArrayList<>();
        Optional<String> setsid = findOnPath("setsid");
        if (setsid.isPresent()) {
            command.add(setsid.get());
        }
        command.add(launcher);
        command.add("--daemon-serve");
        command.add(socket.path().toString());
        Process daemon;
        try {
            // in its own folder: every caller's paths resolve against the caller's folder (Invocation), never
            // against the folder of whichever caller happened to start it
            daemon = new ProcessBuilder(command).directory(socket.path().getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(socket.logFile().toFile()))
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        System.err.println(DaemonClient.NOTICE);
        long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            // a socket file alone may be a killed daemon's, which the new one replaces once it holds the lock
            if (isAnswering(socket.path())) {
                return true;
            }
            if (!daemon.isAlive() && !Files.exists(socket.path(), LinkOption.NOFOLLOW_LINKS)) {
                return false; // it failed, or another caller's daemon won the lock and has not bound yet
            }
            sleep(POLL_MILLIS);
        }
        return false;
    }

    /** Waits (up to the start wait) until a stopping daemon removed its socket. */
    static void awaitSocketGone(Path socket) {
        long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000;
        while (Files.exists(socket, LinkOption.NOFOLLOW_LINKS) && System.nanoTime() < deadline) {
            sleep(POLL_MILLIS);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a server accepts connections at {@code socket} (it reads the empty connection as no request). */
    private static boolean isAnswering(Path socket) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> findOnPath(String program) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (!dir.isEmpty() && candidate.isFile() && candidate.canExecute()) {
                return Optional.of(candidate.getPath());
            }
        }
        return Optional.empty();
    }
}
