package dev.sitegen.verify;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.load.SnippetFiles;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.SiteSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loads, renders and verifies a root the way {@code build} does (without checks or publishing),
 * into a sink that discards the bytes, and times the verification.
 *
 * @param findings the verifier's diagnostics
 * @param renderMillis rendering time, page scanning included
 * @param scanMillis CPU time the workers spent scanning pages (part of rendering)
 * @param verifyMillis time of {@link SiteVerifier#verifySite()} after rendering
 */
record VerifiedBuild(List<Diagnostic> findings, int pages, long renderMillis, long scanMillis, long verifyMillis) {

    /** A sink that keeps nothing. */
    static final SiteSink DISCARD = new SiteSink() {
        @Override
        public void writeFile(String path, byte[] content) {
        }

        @Override
        public void copyFile(String path, Path source) {
        }
    };

    static VerifiedBuild buildRoot(Path root, Optional<String> baseUrl, LocalDate asOf) throws Exception {
        SiteLayout layout = SiteLayout.detect(root);
        SiteConfig config = SiteConfigFile.readSiteConfig(layout);
        try (Workers workers = new Workers(Workers.defaultThreads())) {
            Catalog catalog = new CatalogLoader(layout, workers).loadCatalog();
            SiteRenderer renderer = new SiteRenderer(config, SiteFactsInference.inferFacts(config, catalog), baseUrl, asOf, SnippetFiles.readSnippets(config, layout),
                    layout.root(), workers);
            SiteVerifier verifier = new SiteVerifier(VerifyOptions.of(config, catalog, renderer.linkSources()));
            long start = System.nanoTime();
            int pages = renderer.renderSite(catalog, List.of(), verifier.wrap(DISCARD));
            long rendered = System.nanoTime();
            List<Diagnostic> findings = verifier.verifySite();
            long verified = System.nanoTime();
            return new VerifiedBuild(findings, pages, (rendered - start) / 1_000_000, verifier.scanNanos() / 1_000_000,
                    (verified - rendered) / 1_000_000);
        }
    }

    /** {@code file:line:col severity connector: message} per finding. */
    List<String> describeFindings() {
        return findings.stream().map(d -> d.pos() + " " + d.severity().label() + " " + d.connector() + ": "
                + d.message()).toList();
    }
}
