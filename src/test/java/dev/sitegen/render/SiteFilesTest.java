package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.load.SnippetFiles;
import dev.sitegen.model.Catalog;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SiteFiles} names exactly the files a render writes (check resolves links against it), and
 * rendering the unit of any page it names writes that page.
 */
class SiteFilesTest {

    /** Remembers the paths written. */
    private static final class PathSink implements SiteSink {
        final Set<String> paths = ConcurrentHashMap.newKeySet();

        @Override
        public void writeFile(String path, byte[] content) {
            paths.add(path);
        }

        @Override
        public void copyFile(String path, Path source) {
            paths.add(path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "links-kinds", "links-broken"})
    void thePlanNamesEveryFileTheRenderWritesAndEachPagesUnitWritesIt(String name) throws Exception {
        Path root = name.equals("content") ? TestPaths.contentDir() : TestPaths.fixtureSite(name);
        SiteLayout layout = SiteLayout.detect(root);
        SiteConfig config = SiteConfigFile.readSiteConfig(layout);
        try (Workers workers = new Workers(2)) {
            Catalog catalog = new CatalogLoader(layout, workers).loadCatalog();
            SiteRenderer renderer = new SiteRenderer(config, SiteFactsInference.inferFacts(config, catalog),
                    Optional.empty(), LocalDate.of(2026, 11, 21), SnippetFiles.readSnippets(config, layout),
                    layout.root(), workers);
            PathSink site = new PathSink();
            renderer.renderSite(catalog, List.of(), site);
            SiteFiles plan = SiteFiles.planFiles(catalog);

            // search shards are named by the index's content; the plan names their list, search/meta.json
            assertThat(site.paths).anyMatch(SiteFiles::isSearchShard).contains("search/meta.json");
            assertThat(plan.listFiles()).noneMatch(SiteFiles::isSearchShard);
            assertThat(plan.listFiles()).containsExactlyInAnyOrderElementsOf(
                    site.paths.stream().filter(p -> !SiteFiles.isSearchShard(p)).toList());
            for (String page : plan.listFiles().stream().filter(f -> f.endsWith(".html")).toList()) {
                PathSink one = new PathSink();
                assertThat(renderer.renderUnitOf(catalog, plan, page, one)).as(page).isTrue();
                assertThat(one.paths).as(page).contains(page);
            }
        }
    }
}
