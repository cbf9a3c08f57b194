package dev.sitegen.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The daemon: serves its socket until idle for {@link #IDLE} (15 minutes), until its jar changed (checked per
 * request and by the idle timer: a rebuilt jar is served by a new daemon of its own socket), until its socket
 * file is gone or replaced, or until asked to stop; removes its socket on the way out. Runs one command line
 * at a time, each on a thread with an 8 MB stack as {@code bin/site-gen} gives a command's main thread (deep
 * Markdown nests); a second caller waits, {@code status} and {@code stop} are answered at once. A command that
 * throws answers exit code {@link #INTERNAL_ERROR}; a caller that goes away mid-run has its command finish
 * with the output dropped. At most one daemon serves a socket: it holds the socket's lock file.
 */
public final class DaemonServer {

    static final Duration IDLE = Duration.ofMinutes(15);
    /** EX_SOFTWARE of sysexits.h: the command failed inside site-gen, not because of its input. */
    static final int INTERNAL_ERROR = 70;
    private static final long STACK_BYTES = 8L << 20;

    private final DaemonSocket socket;
    private final CommandRunner runner;
    private final Map<String, String> ownEnvironment;
    private final ReentrantLock commandLock = new ReentrantLock(true);
    private final AtomicInteger served = new AtomicInteger();
    private final long startedMillis = System.currentTimeMillis();
    private volatile long lastActiveNanos = System.nanoTime();
    private volatile Duration idleTimeout = IDLE;
    private volatile Duration tick = Duration.ofSeconds(10);
    private volatile String stopReason;
    private volatile boolean heapToReturn;
    private volatile ServerSocketChannel listener;
    private volatile Object socketKey;

    /** A server of {@code socket}; {@code ownEnvironment} is this process's, to see whether its jar changed. */
    public DaemonServer(DaemonSocket socket, CommandRunner runner, Map<String, String> ownEnvironment) {
        this.socket = socket;
        this.runner = runner;
        this.ownEnvironment = Map.copyOf(ownEnvironment);
    }

    /** Test knob: stop after {@code idle} without a command, looking every {@code every}. */
    void setIdleTimeout(Duration idle, Duration every) {
        idleTimeout = idle;
        tick = every;
    }

    /**
     * Serves until stopped; returns why it stopped, or an empty string at once when another daemon holds the
     * socket's lock.
     */
    public String serve() throws IOException {
        try (FileChannel lockChannel = FileChannel.open(socket.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = tryLock(lockChannel)) {
            if (held == null) {
                return "";
            }
            // whatever is at the path is a dead daemon's: the living one would hold the lock
            Files.deleteIfExists(socket.path());
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket.path()));
                socketKey = readSocketKey();
                listener = server;
                startWatchdog();
                acceptCallers(server);
            } finally {
                // the running command and the callers already waiting are served before the socket goes
                commandLock.lock();
                commandLock.unlock();
                if (socketKey != null && Objects.equals(socketKey, readSocketKey())) {
                    Files.deleteIfExists(socket.path());
                }
            }
        }
        return stopReason == null ? "stopped" : stopReason;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM (tests)
        }
    }

    private void acceptCallers(ServerSocketChannel server) throws IOException {
        while (stopReason == null) {
            SocketChannel caller;
            try {
                caller = server.accept();
            } catch (ClosedChannelException e) {
                return; // stop() closed it
            }
            Thread t = new Thread(null, () -> answer(caller), "site-gen-daemon-caller", STACK_BYTES);
            t.setDaemon(true);
            t.start();
        }
    }

    /** Stops accepting callers; the server finishes the running command and returns from {@link #serve}. */
    void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        ServerSocketChannel server = listener;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // closing is all that is left to do
            }
        }
    }

    private void startWatchdog() {
        Thread t = new Thread(() -> {
            while (stopReason == null) {
                try {
                    Thread.sleep(tick.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                findReasonToStop().ifPresent(this::stop);
                returnIdleHeap();
            }
        }, "site-gen-daemon-watchdog");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Once after a command, when no other followed within a tick: a full collection, so the heap the command grew
     * goes back to the system while the daemon waits (bin/site-gen starts it with a small -Xms and
     * -XX:-ShrinkHeapInSteps: one collection shrinks the heap to what stays live, the caches).
     */
    private void returnIdleHeap() {
        if (heapToReturn && !commandLock.isLocked() && System.nanoTime() - lastActiveNanos >= tick.toNanos()) {
            heapToReturn = false;
            System.gc();
        }
    }

    private java.util.Optional<String> findReasonToStop() {
        if (!Objects.equals(socketKey, readSocketKey())) {
            return java.util.Optional.of("its socket " + socket.path() + " is gone or replaced");
        }
        if (!socket.identity().equals(socket.readIdentity(ownEnvironment))) {
            return java.util.Optional.of("its jar " + socket.jar() + " changed");
        }
        boolean idle = !commandLock.isLocked() && !commandLock.hasQueuedThreads()
                && System.nanoTime() - lastActiveNanos >= idleTimeout.toNanos();
        return idle ? java.util.Optional.of("idle for " + idleTimeout.toSeconds() + " s") : java.util.Optional.empty();
    }

    private Object readSocketKey() {
        try {
            return Files.readAttributes(socket.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private void answer(SocketChannel caller) {
        try (caller) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(caller)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(caller)));
            boolean ours = Wire.readHeader(in);
            Request request = ours ? Request.readFrom(in) : null;
            lastActiveNanos = System.nanoTime();
            Wire.writeHeader(out);
            String refusal = ours ? findRefusal(request, caller) : "another protocol version";
            if (refusal != null) {
                out.writeByte(Wire.REFUSED);
                Wire.writeString(out, refusal);
                out.flush();
                return;
            }
            out.writeByte(Wire.ACCEPTED);
            FrameOutput frames = new FrameOutput(out);
            switch (request.kind()) {
                case Wire.STATUS -> answerStatus(frames);
                case Wire.STOP -> {
                    frames.writeText(Wire.STDOUT, "site-gen: stopping the background process (pid "
                            + ProcessHandle.current().pid() + ")\n");
                    frames.writeExit(0);
                    stop("asked to stop");
                }
                default -> runCommand(request, frames);
            }
        } catch (IOException | RuntimeException e) {
            // the caller went away or spoke nonsense before its command started: nothing to answer
        }
    }

    /** Why this caller cannot be served, or null: another user, another site-gen, or a rebuilt jar. */
    private String findRefusal(Request request, SocketChannel caller) {
        String peer = findPeerUser(caller);
        if (peer != null && !peer.equals(System.getProperty("user.name"))) {
            return "the caller is " + peer + ", the daemon serves " + System.getProperty("user.name");
        }
        if (!request.identity().equals(socket.identity())) {
            return "another site-gen (jar, JVM or TZ/LANG/LC_ALL differ)";
        }
        if (!socket.identity().equals(socket.readIdentity(ownEnvironment))) {
            stop("its jar " + socket.jar() + " changed");
            return "its jar changed since it started";
        }
        return null;
    }

    /** The connecting process's user (SO_PEERCRED), or null where the platform cannot tell. */
    private static String findPeerUser(SocketChannel caller) {
        try {
            return caller.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user().getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // the folder's 0700 mode still keeps other users out
        }
    }

    private void answerStatus(FrameOutput frames) {
        long up = (System.currentTimeMillis() - startedMillis) / 1000;
        frames.writeText(Wire.STDOUT, "pid: " + ProcessHandle.current().pid() + "\njar: " + socket.jar()
                + "\nuptime: " + up / 3600 + "h " + up / 60 % 60 + "m " + up % 60 + "s\ncommands served: "
                + served.get() + "\nsocket: " + socket.path() + "\n");
        frames.writeExit(0);
    }

    private void runCommand(Request request, FrameOutput frames) {
        commandLock.lock();
        try {
            // the caller's platform encoding: TZ, LANG and LC_ALL are part of the identity, so it is also ours
            Charset charset = Charset.defaultCharset();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.openStream(Wire.STDOUT), charset), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.openStream(Wire.STDERR), charset), true);
            int code;
            try {
                code = runner.runCommand(request.args(), Path.of(request.workingFolder()), request.environment(),
                        out, err);
            } catch (Throwable t) { // NOPMD: an Error of one command (a stack overflow, out of memory) ends only it
                err.println("site-gen: internal error in the background process: " + t);
                t.printStackTrace();
                code = INTERNAL_ERROR;
            }
            out.flush();
            err.flush();
            frames.writeExit(code);
            served.incrementAndGet();
            heapToReturn = true;
        } finally {
            lastActiveNanos = System.nanoTime();
            commandLock.unlock();
        }
    }
}
