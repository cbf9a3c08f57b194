package dev.sitegen.serve;

import dev.sitegen.check.Checker;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.load.Site;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SiteFacts;
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

    static SiteState buildSite(Site site, PreviewSettings settings, Workers workers, ServedFiles files)
            throws IOException {
        SiteFacts facts = site.facts();
        SiteRenderer renderer = new SiteRenderer(site.config(), facts, Optional.of(settings.basePath()),
                settings.asOf(), site.snippets(), site.layout().root(), workers);
        List<Diagnostic> diagnostics = new Checker(site.config(), facts).runChecks(site.catalog(), List.of());
        Path dir = files.allocateBuildDir();
        try {
            renderer.renderSite(site.catalog(), diagnostics, new FolderSink(dir));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            ServedFiles.deleteTree(dir);
            throw e;
        }
        files.swapIn(dir);
        return new SiteState(site, renderer, diagnostics, ScopedChecks.pinFacts(site.config(), facts));
    }
}
