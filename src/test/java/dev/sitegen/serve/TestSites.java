package dev.sitegen.serve;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.Workers;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Copies of the project's content/ for serve tests, and a loader for them without the CLI. */
final class TestSites {

    private TestSites() {
    }

    static Path copyContent(Path tmp) throws IOException {
        Path root = tmp.resolve("content");
        PreviewClient.copyTree(TestPaths.contentDir(), root);
        return root;
    }

    /** Loads a root as the CLI does, minus snippets (content/ maps none). */
    static SiteLoader loaderFor(Path root, Workers workers) {
        return () -> loadSite(root, workers);
    }

    static LoadedSite loadSite(Path root, Workers workers) throws dev.sitegen.config.ConfigException, IOException {
        SiteLayout layout = SiteLayout.detect(root);
        SiteConfig config = SiteConfigFile.readSiteConfig(layout);
        return new LoadedSite(layout, config, new CatalogLoader(layout, workers).loadCatalog(), Map.of());
    }
}
