package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input and as-of date give a byte-identical site, whatever the thread count and the output
 * folder: built once with one worker and once with four, every file is compared.
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void contentBuildsByteIdenticallyWithOneAndFourWorkers() throws IOException {
        assertSameSiteWithOneAndFourWorkers(TestPaths.contentDir(), "2026-11-21");
    }

    @Test
    void corpusBuildsByteIdenticallyWithOneAndFourWorkers() throws IOException {
        Optional<Path> corpus = TestPaths.findCorpus();
        assumeTrue(corpus.isPresent(), "shared corpus not found beside the project: skipped");
        assertSameSiteWithOneAndFourWorkers(corpus.get(), "2025-08-15");
    }

    private void assertSameSiteWithOneAndFourWorkers(Path root, String asOf) throws IOException {
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four/site");
        CliRun a = CliRun.runCli("build", root.toString(), "--out", one.toString(), "--as-of", asOf,
                "--fail-on", "never", "--jobs", "1");
        CliRun b = CliRun.runCli("build", root.toString(), "--out", four.toString(), "--as-of", asOf,
                "--fail-on", "never", "--jobs", "4");

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(SiteTrees.readTree(one)).hasSizeGreaterThan(20)
                // the search data (meta, term shards, entry files) is part of the compared output
                .containsKeys("search/meta.json", "search/e/0.json");
        assertThat(SiteTrees.listDifferences(one, four, 20)).as("first differences").isEmpty();
    }
}
