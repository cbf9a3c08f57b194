package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.model.Catalog;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.publish.StagedOutput;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.SiteSink;
import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render worker that throws (issue 13, item 4) while another worker is still writing: the build
 * must stop its workers before it deletes the staging folder, or the late write recreates an unmarked
 * {@code <out>.staging-<pid>} that no later build removes. The failure is injected by the sink, the
 * same path any render bug takes; the build's own order is followed (workers, then lock and staging).
 */
class RenderCrashTest {

    private static final String FAILING = "integrations/sources/alpha/index.html";
    private static final String LATE = "integrations/sources/beta/index.html";

    @TempDir
    Path tmp;

    @Test
    @Timeout(120)
    void aCrashingRenderLeavesThePreviousOutputAndNoDebrisForTheNextBuild() throws Exception {
        Path root = HostileSites.newRoot(tmp);
        HostileSites.writeGoodConnector(root, "alpha");
        HostileSites.writeGoodConnector(root, "beta");
        Path site = tmp.resolve("site");
        CliRun first = HostileSites.build(root, site);
        assertThat(first.exitCode()).as(first.err()).isZero();
        SortedMap<String, byte[]> previous = SiteTrees.readTree(site);

        assertThatThrownBy(() -> renderWithCrash(root, site)).hasMessageContaining("injected render failure");

        assertThat(listStaging(site)).as("staging folders after the crash").isEmpty();
        assertThat(SiteTrees.readTree(site)).usingRecursiveComparison().isEqualTo(previous);
        CliRun next = HostileSites.build(root, site, "--force");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(listStaging(site)).as("staging folders after the next build").isEmpty();
        assertThat(site.resolve(LATE)).isRegularFile();
    }

    /** As {@code build} does, with one page's write throwing while another page is still being written. */
    private static void renderWithCrash(Path root, Path site) throws Exception {
        SiteLayout layout = SiteLayout.detect(root);
        try (Workers workers = new Workers(2)) {
            Catalog catalog = new CatalogLoader(layout, workers).loadCatalog();
            SiteConfig config = SiteConfigFile.readSiteConfig(layout);
            SiteRenderer renderer = new SiteRenderer(config, SiteFactsInference.inferFacts(config, catalog),
                    Optional.empty(), LocalDate.parse(HostileSites.AS_OF), Map.of(), root, workers);
            try (OutputLock lock = OutputLock.acquire(site, Duration.ZERO, m -> { });
                 StagedOutput output = StagedOutput.begin(lock)) {
                renderer.renderSite(catalog, List.of(), new CrashingSink(output, site));
            }
        }
    }

    private static List<Path> listStaging(Path site) throws Exception {
        try (Stream<Path> s = Files.list(site.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("site.staging-")).sorted().toList();
        }
    }

    /**
     * Throws on {@link #FAILING}; holds {@link #LATE} back until the staging folder is gone (or two
     * seconds passed), which is when a build that did not wait for its workers has cleaned up.
     */
    private record CrashingSink(StagedOutput output, Path site) implements SiteSink {

        @Override
        public void writeFile(String path, byte[] content) {
            if (path.equals(FAILING)) {
                throw new IllegalStateException("injected render failure");
            }
            if (path.equals(LATE)) {
                awaitCleanup();
            }
            output.writeFile(path, content);
        }

        @Override
        public void copyFile(String path, Path source) {
            output.copyFile(path, source);
        }

        private void awaitCleanup() {
            boolean interrupted = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            try {
                while (System.nanoTime() < deadline && !listStaging(site).isEmpty()) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        // a pool shut down under this worker: write anyway, as a busy worker would
                        interrupted = true;
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            if (interrupted) {
                // the write below must not fail just because of the interrupt (channels close on it)
                Thread.interrupted();
            }
        }
    }
}
