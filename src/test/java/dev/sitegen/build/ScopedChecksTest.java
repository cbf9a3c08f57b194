package dev.sitegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.check.Checker;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.load.SiteReader;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SiteFacts;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Re-checking one connector against the pinned site facts and merging the result into the previous
 * findings gives exactly what a full check gives: on content/, the broken-metadata fixture and, when
 * present, every connector of the shared corpus (whose host and repository are inferred).
 */
class ScopedChecksTest {

    @Test
    void matchesAFullCheckOnTheProjectContent() throws Exception {
        assertEveryConnectorMatches(TestPaths.contentDir());
    }

    @Test
    void matchesAFullCheckWithInvalidMetadata() throws Exception {
        assertEveryConnectorMatches(TestPaths.fixtureSite("broken-metadata"));
    }

    @Test
    void matchesAFullCheckOnEveryCorpusConnector() throws Exception {
        Assumptions.assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found");
        assertEveryConnectorMatches(TestPaths.findCorpus().get());
    }

    @Test
    void findsTheMostCommonHostWithTiesToTheFirstName() throws Exception {
        try (Workers workers = new Workers(1)) {
            Catalog catalog = SiteReader.readSite(SiteLayout.detect(TestPaths.contentDir()), workers).catalog();
            assertThat(SiteFactsInference.inferFacts(SiteConfig.defaults(), catalog).siteHost()).hasValue("catalog.tributary.dev");
            assertThat(SiteFactsInference.inferFacts(SiteConfig.defaults(), new Catalog(List.of(), List.of(), List.of())).siteHost())
                    .isEmpty();
        }
    }

    private static void assertEveryConnectorMatches(Path root) throws Exception {
        try (Workers workers = new Workers(2)) {
            Site site = SiteReader.readSite(SiteLayout.detect(root), workers);
            Catalog catalog = site.catalog();
            SiteFacts facts = site.facts();
            List<Diagnostic> full = new Checker(site.config(), facts).runChecks(catalog, List.of());
            ScopedChecks scoped = ScopedChecks.pinFacts(site.config(), facts);
            Set<String> dirs = new TreeSet<>();
            catalog.connectors().stream().map(Connector::dir).forEach(dirs::add);
            catalog.loadDiagnostics().stream().map(Diagnostic::connector).forEach(dirs::add);
            List<String> mismatches = new ArrayList<>();
            for (String dir : dirs) {
                List<Diagnostic> merged = ScopedChecks.mergeFindings(full, Set.of(dir),
                        scoped.runChecks(catalog, Set.of(dir)));
                if (!merged.equals(full)) {
                    mismatches.add(dir);
                }
            }
            assertThat(dirs).isNotEmpty();
            assertThat(mismatches).as("connectors whose scoped check differs from the full check").isEmpty();
        }
    }
}
