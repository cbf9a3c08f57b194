package dev.sitegen.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A fixed pool that maps a list in parallel and returns results in input order, so the output of
 * every stage is the same whatever the thread count. Work items must not share mutable state.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final int threads;

    public Workers(int threads) {
        this.threads = Math.max(1, threads);
        // Deep-stack threads: docs render on them, so nesting limits hold on every worker alike.
        this.pool = this.threads == 1 ? null
                : Executors.newFixedThreadPool(this.threads, r -> DeepStack.newThread(r, "site-gen-worker"));
    }

    /** One worker per available core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /**
     * Applies {@code work} to every item, in parallel, and returns the results in input order. When one
     * item fails, the items not started yet are skipped and the running ones are waited for before the
     * failure is rethrown: once this returns or throws, none of its work is still writing anywhere (a
     * caller cleaning up after a failure would otherwise race the workers).
     */
    public <T, R> List<R> mapInOrder(List<T> items, Function<T, R> work) {
        if (pool == null || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        // Items after the first failure (by input order) are skipped; those before it still run, so the
        // failure rethrown is always the first one in input order, whatever the thread timing.
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        CountDownLatch settled = new CountDownLatch(items.size());
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            T item = items.get(i);
            futures.add(pool.submit(() -> {
                try {
                    return index > firstFailed.get() ? null : work.apply(item);
                } catch (RuntimeException | Error e) {
                    firstFailed.accumulateAndGet(index, Math::min);
                    throw e;
                } finally {
                    settled.countDown();
                }
            }));
        }
        List<R> out = new ArrayList<>(items.size());
        try {
            for (Future<R> f : futures) {
                out.add(await(f));
            }
        } catch (RuntimeException | Error e) {
            firstFailed.set(-1);
            awaitSettled(settled);
            throw e;
        }
        return out;
    }

    /**
     * Runs {@code beside} on a deep-stack thread of its own while {@code work} runs on this one, and returns when
     * both have ended: for serial work that needs no result of {@code work} (which keeps the pool busy), so it
     * fills a core instead of running after it. {@code beside} may use this pool (it is no pool thread). A
     * failure is rethrown once both have ended, {@code work}'s first. With one thread, runs {@code work} then
     * {@code beside} on this thread.
     */
    public void runBeside(Runnable beside, Runnable work) {
        if (pool == null) {
            work.run();
            beside.run();
            return;
        }
        AtomicReference<Throwable> besideFailure = new AtomicReference<>();
        Thread side = DeepStack.newThread(() -> {
            try {
                beside.run();
            } catch (RuntimeException | Error e) {
                besideFailure.set(e);
            }
        }, "site-gen-beside");
        side.start();
        try {
            work.run();
        } finally {
            DeepStack.joinUninterruptibly(side);
        }
        DeepStack.rethrowFailure(besideFailure);
    }

    /** Waits until every item has run or been skipped (or the pool was stopped under them). */
    private void awaitSettled(CountDownLatch settled) {
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                if (settled.await(100, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                // keep waiting: the caller's clean-up must not run while work is still writing
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the pool without waiting for what runs: for a preview stopping at Ctrl-C, whose in-flight
     * rebuild writes only into the temporary folder being deleted anyway.
     */
    public void stopNow() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Stops the pool and waits for its threads to finish what they run (they are interrupted). */
    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        try {
            // bounded: a worker stuck in a bug must not hang the command's exit for ever
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
