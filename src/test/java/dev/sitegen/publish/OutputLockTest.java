package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondBuildTimesOutWithAClearMessageAndTheFirstKeepsTheLock() throws Exception {
        Path target = tmp.resolve("site");
        List<String> notices = new CopyOnWriteArrayList<>();
        try (OutputLock first = OutputLock.acquire(target, Duration.ZERO, notices::add)) {
            assertThat(first.target()).isEqualTo(target);
            assertThatThrownBy(() -> OutputLock.acquire(target, Duration.ofMillis(300), notices::add))
                    .isInstanceOf(PublishException.class)
                    .hasMessageContaining("another site-gen build still holds " + tmp.resolve("site.lock"))
                    .hasMessageContaining("held by process " + ProcessHandle.current().pid())
                    .hasMessageContaining("was left unchanged");
        }
        assertThat(notices).singleElement().asString().startsWith("waiting up to 300 ms for another site-gen build");
        try (OutputLock again = OutputLock.acquire(target, Duration.ZERO, notices::add)) {
            assertThat(again.target()).isEqualTo(target);
            assertThat(tmp.resolve("site.lock")).isRegularFile();
        }
    }

    @Test
    void aWaitingBuildGetsTheLockOnceTheFirstReleasesIt() throws Exception {
        Path target = tmp.resolve("site");
        List<String> notices = new CopyOnWriteArrayList<>();
        CompletableFuture<Boolean> second;
        try (OutputLock first = OutputLock.acquire(target, Duration.ZERO, notices::add)) {
            assertThat(first.target()).isEqualTo(target);
            second = CompletableFuture.supplyAsync(() -> {
                try (OutputLock lock = OutputLock.acquire(target, Duration.ofSeconds(30), notices::add)) {
                    return lock.target().equals(target);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(second).isNotDone();
        }
        assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(notices).hasSize(1);
    }
}
