package dev.sitegen.concurrent;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs markdown work on threads with a large, fixed stack. flexmark recurses once per nesting level of
 * a doc and Java's regexes once per character of some lines, so how deep a doc may go must not depend on
 * which thread happens to render it (the main thread, a pool worker, a preview's watcher): every render
 * runs on a thread of {@link #STACK_BYTES}, and the same doc gives the same page whatever the thread
 * count. The stack is reserved address space; only the part a render touches is ever committed.
 */
public final class DeepStack {

    /** 64 MiB: about six times what the longest line markdown allows, written as {@code - - -}, needs. */
    public static final long STACK_BYTES = 64L * 1024 * 1024;

    private DeepStack() {
    }

    /** A thread with the deep stack, for pools whose tasks render markdown. */
    public static Thread newThread(Runnable task, String name) {
        return new DeepThread(task, name);
    }

    /** Runs {@code work} on a deep-stack thread: this one when it is one, else a new one it waits for. */
    public static <T> T call(Supplier<T> work) {
        if (Thread.currentThread() instanceof DeepThread) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new DeepThread(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "site-gen-markdown");
        t.start();
        joinUninterruptibly(t);
        rethrowFailure(failure);
        return result.get();
    }

    /** Rethrows what a thread failed with, if it failed. */
    static void rethrowFailure(AtomicReference<Throwable> failure) {
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException re) {
            throw re;
        }
        if (thrown instanceof Error err) {
            throw err;
        }
    }

    /** Waits for {@code t} to end even when interrupted, keeping the interrupt for the caller. */
    static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class DeepThread extends Thread {
        DeepThread(Runnable task, String name) {
            super(null, task, name, STACK_BYTES);
            setDaemon(true);
        }
    }
}
