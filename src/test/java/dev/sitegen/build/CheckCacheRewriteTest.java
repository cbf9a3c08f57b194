package dev.sitegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check's cache is written only when the check changed what it holds: a check run again without an edit leaves the
 * file as it was (same inode and time), with the memory tier or without; an edited doc, or a connector gone, writes
 * it again; and every check reports what a check without the cache reports.
 */
class CheckCacheRewriteTest {

    private static final String DIR = "source-alpha";

    @TempDir
    Path tmp;

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private Path copyAged() throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), root);
        // not a timing: files younger than the racy window are read every time, which is not what is tested
        Thread.sleep(2_100);
        return root;
    }

    private Map<String, String> env() {
        return Map.of("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    }

    private List<Diagnostic> checkThrough(SiteLayout layout) throws Exception {
        CheckCache cache = CheckCache.open(layout, env(), null, false, m -> {
            throw new AssertionError(m);
        });
        try (Workers workers = new Workers(2)) {
            List<Diagnostic> found = describe(Build.loadToCheck(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    Optional.of(Set.of(DIR)), cache));
            cache.keepMemo(m -> {
                throw new AssertionError(m);
            });
            return found;
        }
    }

    private static List<Diagnostic> checkWithoutCache(SiteLayout layout) throws Exception {
        try (Workers workers = new Workers(2)) {
            return describe(Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.of(Set.of(DIR))));
        }
    }

    private static List<Diagnostic> describe(Build build) {
        CheckScope scope = CheckScope.of(List.of(DIR));
        List<Diagnostic> found = new ArrayList<>(build.runChecks(scope));
        found.addAll(build.checkLinks(scope));
        found.sort(Diagnostic.REPORT_ORDER);
        return found;
    }

    private Path cacheFile() throws Exception {
        try (var files = Files.walk(tmp.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
    }

    /** The file's inode and modification time: a rewrite (a new file renamed over it) changes both. */
    private String stampOf(Path file) throws Exception {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() + " " + a.lastModifiedTime().toInstant();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCheckThatChangedNothingLeavesTheFileAndAnEditWritesItAgain(boolean tier) throws Exception {
        if (tier) {
            MemoryTier.enable();
        }
        Path root = copyAged();
        SiteLayout layout = SiteLayout.detect(root);
        List<Diagnostic> plain = checkWithoutCache(layout);
        assertThat(checkThrough(layout)).isEqualTo(plain);
        String written = stampOf(cacheFile());
        int reused = MemoryTier.countReused();
        assertThat(checkThrough(layout)).isEqualTo(plain);
        assertThat(checkThrough(layout)).isEqualTo(plain);
        assertThat(stampOf(cacheFile())).isEqualTo(written);
        // with the tier, the memo kept after a check that did not write is still taken from memory
        assertThat(MemoryTier.countReused() - reused).isEqualTo(tier ? 2 : 0);

        Files.writeString(root.resolve("docs/integrations/sources/alpha.md"), "\nOne more line.\n",
                StandardOpenOption.APPEND);
        // aged: an edit within the racy window has no fingerprint, so nothing new would be kept of it
        Thread.sleep(2_100);
        List<Diagnostic> edited = checkWithoutCache(layout);
        assertThat(checkThrough(layout)).isEqualTo(edited);
        assertThat(stampOf(cacheFile())).isNotEqualTo(written);
    }

    @Test
    void aConnectorGoneWritesTheFileAgain() throws Exception {
        Path root = copyAged();
        SiteLayout layout = SiteLayout.detect(root);
        checkThrough(layout);
        String written = stampOf(cacheFile());
        try (var files = Files.walk(root.resolve("connectors"))) {
            Path other = files.filter(f -> f.getFileName().toString().equals("metadata.yaml"))
                    .filter(f -> !f.getParent().getFileName().toString().equals(DIR)).findFirst().orElseThrow();
            Files.delete(other);
        }
        assertThat(checkThrough(layout)).isEqualTo(checkWithoutCache(layout));
        assertThat(stampOf(cacheFile())).isNotEqualTo(written);
    }
}
