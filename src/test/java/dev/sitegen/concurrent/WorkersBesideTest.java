package dev.sitegen.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Work run beside the pool's runs at the same time, may use the pool, and is waited for before anything is rethrown. */
class WorkersBesideTest {

    @Test
    void besideRunsWhileTheWorkRunsAndMayUseThePool() throws InterruptedException {
        CountDownLatch besideStarted = new CountDownLatch(1);
        AtomicReference<List<Integer>> fromPool = new AtomicReference<>();
        AtomicReference<String> besideThread = new AtomicReference<>();
        AtomicBoolean sawBeside = new AtomicBoolean();
        try (Workers w = new Workers(2)) {
            w.runBeside(() -> {
                besideThread.set(Thread.currentThread().getName());
                besideStarted.countDown();
                fromPool.set(w.mapInOrder(List.of(1, 2, 3), i -> i * 10));
            }, () -> {
                try {
                    // the work waits for the beside thread: it only gets there when both run at once
                    sawBeside.set(besideStarted.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(sawBeside).isTrue();
        assertThat(besideThread.get()).isEqualTo("site-gen-beside");
        assertThat(fromPool.get()).containsExactly(10, 20, 30);
    }

    @Test
    void oneThreadRunsTheWorkThenBesideOnTheCaller() {
        StringBuilder order = new StringBuilder();
        String caller = Thread.currentThread().getName();
        try (Workers w = new Workers(1)) {
            w.runBeside(() -> order.append("beside:").append(Thread.currentThread().getName().equals(caller)),
                    () -> order.append("work,"));
        }
        assertThat(order).hasToString("work,beside:true");
    }

    @Test
    void failuresAreRethrownOnceBothEnded() {
        AtomicBoolean besideEnded = new AtomicBoolean();
        try (Workers w = new Workers(2)) {
            assertThatThrownBy(() -> w.runBeside(() -> {
                sleep(200);
                besideEnded.set(true);
            }, () -> {
                throw new IllegalStateException("work failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("work failed");
            assertThat(besideEnded).isTrue();
            assertThatThrownBy(() -> w.runBeside(() -> {
                throw new IllegalArgumentException("beside failed");
            }, () -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("beside failed");
            assertThatThrownBy(() -> w.runBeside(() -> {
                throw new IllegalArgumentException("beside failed");
            }, () -> {
                throw new IllegalStateException("work failed");
            })).isInstanceOf(IllegalStateException.class).hasMessage("work failed");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
