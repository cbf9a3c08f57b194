package dev.sitegen.daemon;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon: serves its socket until idle for {@link #IDLE} (15 minutes), until its jar changed (checked per
 * request and by the idle timer: a rebuilt jar is served by a new daemon of its own socket), until its socket
 * file is gone or replaced, until a command threw an {@code Error} (its state is unknown), or until asked to
 * stop; it answers every caller it accepted ({@link CallerCount}) before it exits and removes its socket on the
 * way out. Runs one command line at a time ({@link CommandSlot}: a caller that finds it busy runs the command
 * itself), each on a thread with an 8 MB stack as {@code bin/site-gen} gives a command's main thread (deep
 * Markdown nests); {@code status} and {@code stop} are answered at once. A caller that goes away (or reads
 * nothing for {@link #OUTPUT_BOUND}) has its command finish with the output dropped, one gone before its
 * command started has it skipped. At most one daemon serves a socket: it holds the socket's lock file.
 */
public final class DaemonServer {

    static final Duration IDLE = Duration.ofMinutes(15);
    /** EX_SOFTWARE of sysexits.h: the command failed inside site-gen, not because of its input. */
    static final int INTERNAL_ERROR = 70;
    /** A caller that takes no output for this long is gone (a pager nobody reads, a stopped terminal job). */
    static final int OUTPUT_BOUND_SECONDS = 60;
    static final Duration OUTPUT_BOUND = Duration.ofSeconds(OUTPUT_BOUND_SECONDS);
    /** A caller sends its request at once after connecting: one that sends none for this long is not served. */
    static final Duration REQUEST_BOUND = Duration.ofSeconds(10);

    private final DaemonSocket socket;
    private final CommandSlot commands;
    private final Map<String, String> ownEnvironment;
    private final CallerCount inFlight = new CallerCount();
    private final AtomicInteger scriptServed = new AtomicInteger();
    private final long startedMillis = System.currentTimeMillis();
    private volatile long lastActiveNanos = System.nanoTime();
    private volatile Duration idleTimeout = IDLE;
    private volatile Duration tick = Duration.ofSeconds(10);
    private volatile String stopReason;
    private volatile boolean heapToReturn;
    private volatile ServerSocketChannel listener;
    private volatile Object socketKey;
    private volatile Duration outputBound = OUTPUT_BOUND;
    private volatile Duration requestBound = REQUEST_BOUND;
    private volatile Duration handshakeBound = ScriptDoor.HANDSHAKE_BOUND;
    private volatile ScriptDoor door;

    /** A server of {@code socket}; {@code ownEnvironment} is this process's, to see whether its jar changed. */
    public DaemonServer(DaemonSocket socket, CommandRunner runner, Map<String, String> ownEnvironment) {
        this.socket = socket;
        this.commands = new CommandSlot(runner);
        this.ownEnvironment = Map.copyOf(ownEnvironment);
    }

    /** Test knob: stop after {@code idle} without a command, looking every {@code every}. */
    void setIdleTimeout(Duration idle, Duration every) {
        idleTimeout = idle;
        tick = every;
    }

    /** Test knob: a caller that sends no request for {@code request} or takes no output for {@code output} is gone. */
    void setCallerBounds(Duration request, Duration output) {
        requestBound = request;
        outputBound = output;
    }

    /** Test knob: a script caller that completes no handshake and request within {@code bound} is dropped. */
    void setHandshakeBound(Duration bound) {
        handshakeBound = bound;
    }

    /** The port file of bin/site-gen's own client, once serving (none when the loopback port could not open). */
    Optional<Path> findPortFile() {
        ScriptDoor d = door;
        return d == null ? Optional.empty() : Optional.of(d.portFile().path());
    }

    /** Test knob: runs on a caller's thread after its run request was read, before the command is started. */
    void setBeforeCommand(Runnable hook) {
        commands.setBeforeCommand(hook);
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
                openScriptDoor();
                startWatchdog();
                new UnixDoor(this, requestBound).acceptCallers(server, inFlight);
            } finally {
                if (door != null) {
                    door.close();
                }
                // every caller accepted is answered before the process exits (which would kill its command)
                inFlight.awaitNone();
                if (socketKey != null && Objects.equals(socketKey, readSocketKey())) {
                    Files.deleteIfExists(socket.path());
                }
            }
        }
        return stopReason == null ? "stopped" : stopReason;
    }

    /** The loopback door of bin/site-gen's own client; without it, that client falls back to its JVM. */
    private void openScriptDoor() {
        try {
            door = ScriptDoor.open(this, socket, ownEnvironment, handshakeBound);
            door.start();
        } catch (IOException | RuntimeException e) {
            System.err.println("site-gen daemon: no loopback port for bin/site-gen's own client: " + e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM (tests)
        }
    }

    /** A loopback caller's thread: uncounted until it authenticated ({@link #serveCounted}). */
    void startUncounted(SocketChannel caller, Runnable answer) {
        inFlight.startUncounted(caller, answer);
    }

    /**
     * Serves an authenticated loopback caller's request, counted as any accepted caller; false when the server
     * already answered its last caller (it is exiting): the caller gets no verdict and runs the command itself.
     */
    boolean serveCounted(SocketChannel caller, Request request) {
        if (!inFlight.addCallerIfOpen()) {
            return false;
        }
        try {
            serveRequest(caller, request, true);
        } finally {
            inFlight.finishCaller();
        }
        return true;
    }

    boolean isStopping() {
        return stopReason != null;
    }

    /** Stops accepting callers; the server finishes the running command and returns from {@link #serve}. */
    void stop(String reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        ScriptDoor scriptDoor = door;
        if (scriptDoor != null) {
            scriptDoor.close();
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
        if (heapToReturn && inFlight.isNone() && System.nanoTime() - lastActiveNanos >= tick.toNanos()) {
            heapToReturn = false;
            System.gc();
        }
    }

    private Optional<String> findReasonToStop() {
        if (!Objects.equals(socketKey, readSocketKey())) {
            return Optional.of("its socket " + socket.path() + " is gone or replaced");
        }
        if (!socket.identity().equals(socket.readIdentity(ownEnvironment))) {
            return Optional.of("its jar " + socket.jar() + " changed");
        }
        boolean idle = inFlight.isNone() && System.nanoTime() - lastActiveNanos >= idleTimeout.toNanos();
        return idle ? Optional.of("idle for " + idleTimeout.toSeconds() + " s") : Optional.empty();
    }

    private Object readSocketKey() {
        try {
            return Files.readAttributes(socket.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Answers a request read from either door ({@code script}: {@link ScriptDoor}'s, answered in its framing);
     * null for another protocol version.
     */
    void serveRequest(SocketChannel caller, Request request, boolean script) {
        lastActiveNanos = System.nanoTime();
        try (FrameOutput frames = new FrameOutput(caller, outputBound, script)) {
            String refusal = request != null ? findRefusal(request, caller, script) : "another protocol version";
            if (refusal != null) {
                frames.writeVerdict(Wire.REFUSED, refusal);
                return;
            }
            switch (request.kind()) {
                case Wire.STATUS -> answerStatus(frames);
                case Wire.STOP -> {
                    frames.writeVerdict(Wire.ACCEPTED, "");
                    frames.writeText(Wire.STDOUT, "site-gen: stopping the background process (pid "
                            + ProcessHandle.current().pid() + ")\n");
                    frames.writeExit(0);
                    stop("asked to stop");
                }
                default -> runCommand(request, frames, script);
            }
        } finally {
            // idle from the end of the last request: a connection that asks nothing never keeps the daemon alive
            lastActiveNanos = System.nanoTime();
        }
    }

    /** Why this caller cannot be served, or null: another user, command or site-gen, or a rebuilt jar. */
    private String findRefusal(Request request, SocketChannel caller, boolean script) {
        String refusal = CallerRefusal.findRefusal(request, caller, script, socket.identity());
        if (refusal == null && !socket.identity().equals(socket.readIdentity(ownEnvironment))) {
            stop("its jar " + socket.jar() + " changed");
            return "its jar changed since it started";
        }
        return refusal;
    }

    private void answerStatus(FrameOutput frames) {
        frames.writeVerdict(Wire.ACCEPTED, "");
        long up = (System.currentTimeMillis() - startedMillis) / 1000;
        frames.writeText(Wire.STDOUT, "pid: " + ProcessHandle.current().pid() + "\njar: " + socket.jar()
                + "\nuptime: " + up / 3600 + "h " + up / 60 % 60 + "m " + up % 60 + "s\ncommands served: "
                + commands.countServed() + "\n  by bin/site-gen's own client (no JVM): " + scriptServed.get()
                + "\nsocket: " + socket.path() + "\n");
        frames.writeExit(0);
    }

    private void runCommand(Request request, FrameOutput frames, boolean script) {
        if (commands.runCommand(request, frames)) {
            if (script) {
                scriptServed.incrementAndGet();
            }
            heapToReturn = true;
        }
        commands.findBreakage().ifPresent(e -> stop("a command threw " + e));
    }
}
