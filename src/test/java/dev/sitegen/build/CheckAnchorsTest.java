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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a long-lived process, a doc page that {@code check}'s link check renders only for its anchors (alpha's link to
 * beta's migration guide's heading) is taken from the previous check while its render key is the same, and rendered
 * again once the guide is edited, so a heading removed since is a broken link; every check reports what a check
 * without the tier or the cache reports. Without the tier nothing is kept.
 */
class CheckAnchorsTest {

    private static final String DIR = "source-alpha";

    @TempDir
    Path tmp;

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private record Run(List<Diagnostic> found, int reusedPages) {
    }

    private Run checkThrough(SiteLayout layout) throws Exception {
        CheckCache cache = CheckCache.open(layout, Map.of("XDG_CACHE_HOME", tmp.resolve("cache").toString()), null,
                false, m -> {
                    throw new AssertionError(m);
                });
        try (Workers workers = new Workers(2)) {
            Build build = Build.loadToCheck(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    Optional.of(Set.of(DIR)), cache);
            List<Diagnostic> found = new ArrayList<>(build.runChecks(CheckScope.of(List.of(DIR))));
            found.addAll(build.checkLinks(CheckScope.of(List.of(DIR)), cache.anchors()));
            found.sort(Diagnostic.REPORT_ORDER);
            cache.keepMemo(m -> {
                throw new AssertionError(m);
            });
            return new Run(found, cache.anchors().reusedPages());
        }
    }

    private static List<Diagnostic> checkWithoutCache(SiteLayout layout) throws Exception {
        try (Workers workers = new Workers(2)) {
            Build build = Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.of(Set.of(DIR)));
            List<Diagnostic> found = new ArrayList<>(build.runChecks(CheckScope.of(List.of(DIR))));
            found.addAll(build.checkLinks(CheckScope.of(List.of(DIR))));
            found.sort(Diagnostic.REPORT_ORDER);
            return found;
        }
    }

    @Test
    void aTargetDocPageIsTakenFromTheLastCheckUntilItIsEdited() throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), root);
        SiteLayout layout = SiteLayout.detect(root);
        MemoryTier.enable();
        List<Diagnostic> plain = checkWithoutCache(layout);
        assertThat(checkThrough(layout)).isEqualTo(new Run(plain, 0));
        assertThat(checkThrough(layout)).isEqualTo(new Run(plain, 1));
        assertThat(checkThrough(layout)).isEqualTo(new Run(plain, 1));

        Path guide = root.resolve("docs/integrations/sources/beta-migrations.md");
        Files.writeString(guide, Files.readString(guide).replace("Upgrading to 2.0.0", "Upgrading to 3.0.0"));
        List<Diagnostic> edited = checkWithoutCache(layout);
        assertThat(edited).isNotEqualTo(plain).anyMatch(d -> d.rule().equals("broken-link")
                && d.message().contains("upgrading-to-2.0.0"));
        assertThat(checkThrough(layout)).isEqualTo(new Run(edited, 0));
        assertThat(checkThrough(layout)).isEqualTo(new Run(edited, 1));
    }

    @Test
    void withoutTheTierNothingIsKept() throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), root);
        SiteLayout layout = SiteLayout.detect(root);
        List<Diagnostic> plain = checkWithoutCache(layout);
        assertThat(checkThrough(layout)).isEqualTo(new Run(plain, 0));
        assertThat(checkThrough(layout)).isEqualTo(new Run(plain, 0));
    }
}
