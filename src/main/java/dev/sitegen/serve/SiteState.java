package dev.sitegen.serve;

import dev.sitegen.load.Site;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.render.SiteRenderer;
import java.util.List;

/**
 * The last good build: what was loaded (with the site-wide facts the pages link to), the renderer built
 * for it, the check results and the checks pinned to those facts. Replaced whole after every
 * successful rebuild, never changed in place.
 */
record SiteState(Site site, SiteRenderer renderer, List<Diagnostic> diagnostics, ScopedChecks checks) {

    SiteState {
        diagnostics = List.copyOf(diagnostics);
    }
}
