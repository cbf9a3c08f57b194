package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
        assertThat(tmp.resolve("site.lock")).as("removed when the lock is released").doesNotExist();
    }

    @Test
    void aLockFileThatIsALinkIsRefusedAndItsTargetKeepsItsBytes() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(tmp.resolve("site.lock"), victim);

        assertThatThrownBy(() -> OutputLock.acquire(tmp.resolve("site"), Duration.ZERO, n -> { }))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining(tmp.resolve("site.lock") + ": is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep");
        assertThat(Files.isSymbolicLink(tmp.resolve("site.lock"))).isTrue();
    }

    @Test
    void aLockFileLeftByAKilledBuildIsTakenOverAndRemoved() throws Exception {
        Files.writeString(tmp.resolve("site.lock"), "12345\n");

        try (OutputLock lock = OutputLock.acquire(tmp.resolve("site"), Duration.ZERO, n -> { })) {
            assertThat(Files.readString(tmp.resolve("site.lock"))).startsWith(ProcessHandle.current().pid() + "\n");
        }
        assertThat(tmp.resolve("site.lock")).doesNotExist();
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
