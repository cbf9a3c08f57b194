package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
