package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The inferred host and repository, counted in loops, are those of the plain definition (most common value, ties to
 * the alphabetically first) written as streams here: on the project content, the fixtures with changelogs and, when
 * present, the shared corpus.
 */
class SiteFactsInferenceTest {

    @Test
    void infersWhatTheDefinitionGivesOnEveryKnownCatalog() throws Exception {
        List<Path> roots = Stream.concat(Stream.of(TestPaths.contentDir(), TestPaths.fixtureSite("loader-good"),
                TestPaths.fixtureSite("broken-metadata")), TestPaths.findCorpus().stream()).toList();
        for (Path root : roots) {
            try (Workers workers = new Workers(2)) {
                Catalog catalog = SiteReader.readSite(SiteLayout.detect(root), workers).catalog();
                SiteConfig config = SiteConfig.defaults();
                assertThat(SiteFactsInference.inferSiteHost(config, catalog)).as(root.toString())
                        .isEqualTo(findMostCommon(catalog.connectors().stream()
                                .flatMap(c -> DocumentationUrls.findHost(c.metadata().documentationUrl()).stream()))
                                .map(h -> h.toLowerCase(Locale.ROOT)));
                assertThat(SiteFactsInference.inferRepositoryUrl(config, catalog)).as(root.toString())
                        .isEqualTo(findMostCommon(catalog.connectors().stream().flatMap(SiteFactsInferenceTest::listPrUrls)
                                .flatMap(u -> SiteFactsInference.findGithubRepository(u).stream())));
            }
        }
    }

    @Test
    void anEmptyCatalogHasNeither() {
        Catalog empty = new Catalog(List.of(), List.of(), List.of());
        assertThat(SiteFactsInference.inferFacts(SiteConfig.defaults(), empty).siteHost()).isEmpty();
        assertThat(SiteFactsInference.inferFacts(SiteConfig.defaults(), empty).repositoryUrl()).isEmpty();
    }

    private static Stream<String> listPrUrls(Connector c) {
        return c.changelog().map(Changelog::entries).stream().flatMap(List::stream)
                .map(ChangelogEntry::prUrl).flatMap(Optional::stream);
    }

    private static Optional<String> findMostCommon(Stream<String> values) {
        Map<String, Long> counts = values.collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
