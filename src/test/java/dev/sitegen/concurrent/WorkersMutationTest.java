package dev.sitegen.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The worker pool keeps input order, runs on deep-stack threads, and passes failures through unchanged. */
class WorkersMutationTest {

    @Test
    void resultsKeepInputOrderWhateverTheThreadCount() {
        List<Integer> input = IntStream.range(0, 200).boxed().toList();
        for (int threads : new int[] {0, 1, 2, 5}) {
            try (Workers w = new Workers(threads)) {
                assertThat(w.threads()).isEqualTo(Math.max(1, threads));
                assertThat(w.mapInOrder(input, i -> i * 2)).isEqualTo(input.stream().map(i -> i * 2).toList());
                assertThat(w.mapInOrder(List.of(7), i -> i + 1)).containsExactly(8);
                assertThat(w.mapInOrder(List.<Integer>of(), i -> i)).isEmpty();
            }
        }
        assertThat(Workers.defaultThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void poolThreadsHaveTheDeepStack() {
        try (Workers w = new Workers(2)) {
            List<String> names = w.mapInOrder(List.of(1, 2, 3), i -> Thread.currentThread().getName());
            assertThat(names).allSatisfy(n -> assertThat(n).isEqualTo("site-gen-worker"));
            List<Boolean> daemons = w.mapInOrder(List.of(1, 2), i -> Thread.currentThread().isDaemon());
            assertThat(daemons).containsOnly(true);
        }
    }

    @Test
    void failuresPassThroughAsThrown() {
        try (Workers w = new Workers(2)) {
            assertThatThrownBy(() -> w.mapInOrder(List.of(1, 2), i -> {
                throw new IllegalArgumentException("bad " + i);
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad 1");
            assertThatThrownBy(() -> w.mapInOrder(List.of(1, 2), i -> {
                throw new AssertionError("error " + i);
            })).isInstanceOf(AssertionError.class).hasMessage("error 1");
        }
    }

    @Test
    void aFailureIsRethrownOnlyOnceRunningItemsFinishedAndLaterItemsAreSkipped() {
        Set<Integer> started = ConcurrentHashMap.newKeySet();
        Set<Integer> finished = ConcurrentHashMap.newKeySet();
        CountDownLatch secondRunning = new CountDownLatch(1);
        try (Workers w = new Workers(2)) {
            assertThatThrownBy(() -> w.mapInOrder(IntStream.range(0, 10).boxed().toList(), i -> {
                started.add(i);
                if (i == 0) {
                    awaitQuietly(secondRunning);
                    throw new IllegalStateException("item 0 failed");
                }
                if (i == 1) {
                    secondRunning.countDown();
                    // still writing when item 0 fails: the caller must not clean up under it
                    sleepQuietly(300);
                }
                finished.add(i);
                return i;
            })).hasMessage("item 0 failed");
            // checked before closing the pool, which would interrupt a worker still running
            assertThat(finished).as("item 1 finished before the failure was rethrown").contains(1);
            assertThat(started).as("items after the failure never start").containsExactlyInAnyOrder(0, 1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closingStopsThePool() {
        Workers w = new Workers(2);
        w.close();
        assertThatThrownBy(() -> w.mapInOrder(List.of(1, 2), i -> i))
                .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
        Workers single = new Workers(1);
        single.close();
        assertThat(single.mapInOrder(List.of(1, 2), i -> i)).containsExactly(1, 2);
    }
}
