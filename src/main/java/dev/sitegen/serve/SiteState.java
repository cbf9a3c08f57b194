package dev.sitegen.serve;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.SiteRenderer;
import java.util.List;
import java.util.Optional;

/**
 * The last good build: what was loaded, the renderer built for it, the check results, the repository
 * the pages link to and the checks pinned to the site-wide facts. Replaced whole after every
 * successful rebuild, never changed in place.
 */
record SiteState(LoadedSite site, SiteRenderer renderer, List<Diagnostic> diagnostics, Optional<String> repositoryUrl,
                 ScopedChecks checks) {

    SiteState {
        diagnostics = List.copyOf(diagnostics);
    }
}
