package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} and {@code check} say how long they took, on stderr only: the report on stdout stays
 * the same bytes run after run. The time itself is never asserted, only the line's shape.
 */
class ElapsedTimeTest {

    private final String content = TestPaths.contentDir().toString();

    @Test
    void buildPrintsPagesFolderAndSecondsOnStderr(@TempDir Path tmp) {
        Path out = tmp.resolve("site");
        CliRun first = CliRun.runCli("build", content, "--out", out.toString(), "--as-of", "2026-11-21");
        CliRun second = CliRun.runCli("build", content, "--out", out.toString(), "--as-of", "2026-11-21", "--force");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).containsPattern("(?m)^built [1-9]\\d* pages into " + java.util.regex.Pattern.quote(
                out.toString()) + " \\([1-9]\\d* pages rendered, 0 re-used\\) in \\d+\\.\\d s$");
        assertThat(first.out()).doesNotContain(" s\n").isEqualTo(second.out());
    }

    @Test
    void checkPrintsConnectorsAndSecondsOnStderr() {
        CliRun first = CliRun.runCli("check", content);
        CliRun only = CliRun.runCli("check", content, "--only", "source-ledgerly");

        assertThat(first.err()).containsPattern("(?m)^checked [1-9]\\d* connector\\(s\\) in \\d+\\.\\d s$");
        assertThat(only.err()).containsPattern("(?m)^checked 1 connector\\(s\\) in \\d+\\.\\d s$");
        assertThat(first.out()).isEqualTo(CliRun.runCli("check", content).out()).doesNotContain("checked ");
    }

    @Test
    void secondsHaveOneDecimalWhateverTheLocale() {
        assertThat(Reports.formatSeconds(Duration.ofMillis(1234))).isEqualTo("1.2 s");
        assertThat(Reports.formatSeconds(Duration.ofMillis(25_650))).isEqualTo("25.7 s");
        assertThat(Reports.formatSeconds(Duration.ZERO)).isEqualTo("0.0 s");
    }
}
