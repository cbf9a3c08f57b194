package dev.sitegen.load;

import dev.sitegen.markdown.DeepStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    public <T, R> List<R> mapInOrder(List<T> items, Function<T, R> work) {
        if (pool == null || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<R> out = new ArrayList<>(items.size());
        for (Future<R> f : futures) {
            out.add(await(f));
        }
        return out;
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

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
