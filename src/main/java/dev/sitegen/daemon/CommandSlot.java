package dev.sitegen.daemon;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one command line a daemon runs at a time. A caller that finds it taken is refused {@link #BUSY} and runs
 * the command in its own process, as two in-process runs would (the output lock still keeps two builds of one
 * output apart): waiting would let one stalled command (its caller's pager full) hold up every later one. A
 * command that throws is answered as its own JVM would answer it (the trace on stderr, exit code
 * {@link #UNCAUGHT}); after an {@code Error} the process's state is unknown and no further command runs here.
 */
final class CommandSlot {

    /** What a JVM exits with when its main thread throws: a command that throws in its own process. */
    static final int UNCAUGHT = 1;
    /** The refusal a caller gets while another command runs: it runs the command itself. */
    static final String BUSY = "busy";

    private final CommandRunner runner;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger served = new AtomicInteger();
    private volatile Error broken;
    private volatile Runnable beforeCommand = () -> { };

    CommandSlot(CommandRunner runner) {
        this.runner = runner;
    }

    /** Test knob: runs on a caller's thread after its run request was read, before the command is started. */
    void setBeforeCommand(Runnable hook) {
        beforeCommand = hook;
    }

    int countServed() {
        return served.get();
    }

    /** The {@code Error} a command threw, after which this process should serve no more. */
    Optional<Error> findBreakage() {
        return Optional.ofNullable(broken);
    }

    /** Runs the caller's command and answers it; false when it was refused or its caller had already left. */
    boolean runCommand(Request request, FrameOutput frames) {
        beforeCommand.run();
        if (!lock.tryLock()) {
            frames.writeVerdict(Wire.REFUSED, BUSY);
            return false;
        }
        int code;
        try {
            if (broken != null) {
                frames.writeVerdict(Wire.REFUSED, "stopping after an internal error");
                return false;
            }
            if (frames.hasCallerLeft()) {
                return false; // killed before its command started: nobody wants it (a running one is not interrupted)
            }
            frames.writeVerdict(Wire.ACCEPTED, "");
            code = runAccepted(request, frames);
            served.incrementAndGet();
        } finally {
            lock.unlock();
        }
        // after the unlock: a caller that has its exit code finds the daemon free for its next command
        frames.writeExit(code);
        return true;
    }

    private int runAccepted(Request request, FrameOutput frames) {
        // the caller's platform encoding: the locale settings are part of the identity, so it is also ours
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(frames.openStream(Wire.STDOUT), charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(frames.openStream(Wire.STDERR), charset), true);
        int code;
        try {
            code = runner.runCommand(request.args(), Path.of(request.workingFolder()), request.environment(), out, err);
        } catch (Throwable t) { // NOPMD: answered as the command's own JVM would: trace on stderr, exit 1
            if (t instanceof Error e) {
                broken = e;
            }
            err.print("site-gen: internal error in the background process"
                    + (t instanceof Error ? " (it stops: its state is unknown): " : ": "));
            t.printStackTrace(err);
            t.printStackTrace();
            code = UNCAUGHT;
        }
        out.flush();
        err.flush();
        return code;
    }
}
