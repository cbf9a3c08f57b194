package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.build.Build;
import dev.sitegen.codec.MemoryTier;
import dev.sitegen.build.CheckCache;
import dev.sitegen.build.CheckScope;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --only source-postgres} on a copy of the corpus in a long-lived process ({@link MemoryTier}: check's
 * cache kept decoded, docs and icons kept as read) reports what a check without any cache reports: after its doc is
 * edited, and after every other connector's metadata changed (their documentationUrl host, which moves the inferred
 * site host and so what postgres's absolute links mean).
 */
class CorpusMemoryTierTest {

    private static final String DIR = "source-postgres";

    @TempDir
    Path tmp;

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    @Test
    void checksInOneProcessReportWhatNoCacheReportsAfterEdits() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        Path root = tmp.resolve("corpus");
        SiteTrees.copyTree(TestPaths.findCorpus().get(), root);
        // not a timing: files younger than the racy window are read every time, which is not what is tested
        Thread.sleep(2_100);
        SiteLayout layout = SiteLayout.detect(root);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        List<String> notices = new ArrayList<>();

        MemoryTier.enable();
        List<String> plain = checkWithoutCache(layout);
        assertThat(checkThrough(CheckCache.open(layout, env, null, false, notices::add), layout)).isEqualTo(plain);
        int reused = MemoryTier.countReused();
        assertThat(checkThrough(CheckCache.open(layout, env, null, false, notices::add), layout)).isEqualTo(plain);
        assertThat(MemoryTier.countReused()).isEqualTo(reused + 1);
        assertThat(plain).anyMatch(f -> f.startsWith("broken-link "));

        Path doc = root.resolve("docs/integrations/sources/postgres.md");
        Files.writeString(doc, "\n## An edit\n\nSee [nowhere](#no-such-anchor).\n", StandardOpenOption.APPEND);
        List<String> edited = checkWithoutCache(layout);
        assertThat(edited).isNotEqualTo(plain);
        assertThat(checkThrough(CheckCache.open(layout, env, null, false, notices::add), layout)).isEqualTo(edited);

        try (Stream<Path> files = Files.walk(root.resolve("airbyte-integrations/connectors"))) {
            for (Path metadata : files.filter(f -> f.getFileName().toString().equals("metadata.yaml"))
                    .filter(f -> !f.getParent().getFileName().toString().equals(DIR)).toList()) {
                Files.writeString(metadata, Files.readString(metadata).replace("docs.airbyte.com", "docs.example.org"));
            }
        }
        // aged again, so the warm check below re-reads them because their fingerprints (same sizes, later times)
        // differ from the cached ones, not because they are too young to be fingerprinted at all
        Thread.sleep(2_100);
        List<String> moved = checkWithoutCache(layout);
        assertThat(moved).isNotEqualTo(edited);
        assertThat(checkThrough(CheckCache.open(layout, env, null, false, notices::add), layout)).isEqualTo(moved);
        assertThat(notices).isEmpty();
    }

    private static List<String> checkWithoutCache(SiteLayout layout) throws Exception {
        try (Workers workers = new Workers(2)) {
            return describe(Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    Optional.of(Set.of(DIR))));
        }
    }

    private static List<String> checkThrough(CheckCache cache, SiteLayout layout) throws Exception {
        try (Workers workers = new Workers(2)) {
            List<String> found = describe(Build.loadToCheck(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    Optional.of(Set.of(DIR)), cache));
            cache.keepMemo(m -> {
                throw new AssertionError(m);
            });
            return found;
        }
    }

    private static List<String> describe(Build build) {
        CheckScope scope = CheckScope.of(List.of(DIR));
        List<Diagnostic> found = new ArrayList<>(build.runChecks(scope));
        found.addAll(build.checkLinks(scope));
        found.sort(Diagnostic.REPORT_ORDER);
        return found.stream().map(d -> String.join(" ", d.rule(), d.severity().toString(), d.connector(),
                d.pos().toString(), d.message(), d.hint())).toList();
    }
}
