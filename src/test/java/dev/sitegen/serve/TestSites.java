package dev.sitegen.serve;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteReader;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;

/** Copies of the project's content/ for serve tests, and a loader for them without the CLI. */
final class TestSites {

    private TestSites() {
    }

    static Path copyContent(Path tmp) throws IOException {
        Path root = tmp.resolve("content");
        PreviewClient.copyTree(TestPaths.contentDir(), root);
        return root;
    }

    /** Loads a root as the CLI does. */
    static SiteLoader loaderFor(Path root, Workers workers) {
        return () -> loadSite(root, workers);
    }

    static Site loadSite(Path root, Workers workers) throws dev.sitegen.config.ConfigException, IOException {
        return SiteReader.readSite(SiteLayout.detect(root), workers);
    }
}
