package dev.sitegen.daemon;

import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * The callers a server accepted and has not answered yet, and their threads: counted before their thread starts,
 * so a stop (or the idle timer) that comes between accepting a caller and its command starting still sees it, and
 * the process does not exit under a command it accepted. A loopback caller is counted only once it proved it knows
 * the secret ({@link #addCallerIfOpen}): any local user can connect, and a counted connection holds off the idle
 * stop. Each caller's thread has an 8 MB stack, as {@code bin/site-gen} gives a command's main thread (deep
 * Markdown nests): the command runs on it.
 */
final class CallerCount {

    private static final long STACK_BYTES = 8L << 20;

    private int count;
    private boolean closed;

    /** Counts {@code caller} from now until {@code answer} returned on a thread of its own. */
    void startCaller(SocketChannel caller, Runnable answer) {
        addCaller();
        startThread(caller, answer, true);
    }

    /** Runs {@code answer} on a thread of its own, uncounted (it counts itself once it may run a command). */
    void startUncounted(SocketChannel caller, Runnable answer) {
        startThread(caller, answer, false);
    }

    private void startThread(SocketChannel caller, Runnable answer, boolean counted) {
        Thread t = new Thread(null, () -> {
            try {
                answer.run();
            } finally {
                if (counted) {
                    finishCaller();
                }
            }
        }, "site-gen-daemon-caller", STACK_BYTES);
        t.setDaemon(true);
        try {
            t.start();
        } catch (Error e) { // NOPMD: no thread (out of memory): the caller sees its connection close
            try {
                caller.close();
            } catch (IOException closing) {
                // it is gone either way
            }
            if (counted) {
                finishCaller();
            }
        }
    }

    synchronized void addCaller() {
        count++;
    }

    /** Counts a caller unless the server already answered its last one (it is exiting): then false. */
    synchronized boolean addCallerIfOpen() {
        if (closed) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void finishCaller() {
        count--;
        notifyAll();
    }

    synchronized boolean isNone() {
        return count == 0;
    }

    /** Waits until every caller is answered (each waits at most its request and output bounds); none is added after. */
    synchronized void awaitNone() {
        while (count > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closed = true;
    }
}
