package dev.sitegen.serve;

import dev.sitegen.check.Checker;
import dev.sitegen.check.SiteFacts;
import dev.sitegen.load.Workers;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks and renders a freshly loaded site into a new folder and swaps it in, as {@code build} does
 * but whatever the findings (a preview shows a failing site together with its findings). The previous
 * folder keeps being served until the new one is complete; a failed build's folder is deleted.
 */
final class FullBuild {

    private FullBuild() {
    }

    static SiteState buildSite(LoadedSite site, PreviewSettings settings, Workers workers, ServedFiles files)
            throws IOException {
        SiteRenderer renderer = new SiteRenderer(site.config(), site.catalog(), Optional.of(settings.basePath()),
                settings.asOf(), site.snippets(), site.layout().root(), workers);
        List<Diagnostic> diagnostics = new Checker(site.config()).runChecks(site.catalog(), List.of());
        Path dir = files.allocateBuildDir();
        try {
            renderer.renderSite(site.catalog(), diagnostics, new FolderSink(dir));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            ServedFiles.deleteTree(dir);
            throw e;
        }
        files.swapIn(dir);
        Optional<String> repository = SiteFacts.inferRepositoryUrl(site.config(), site.catalog());
        return new SiteState(site, renderer, diagnostics, repository,
                ScopedChecks.pinFacts(site.config(), site.catalog(), repository));
    }
}
