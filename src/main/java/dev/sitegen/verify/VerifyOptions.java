package dev.sitegen.verify;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.render.LinkSources;
import java.util.Optional;

/**
 * What link verification of one build needs: the site's config (for the {@code broken-link}
 * severity), the catalog (to name the connector of a doc), where each page's links came from (from
 * the renderer) and, only when asked for, how to probe external links.
 */
public record VerifyOptions(SiteConfig config, Catalog catalog, LinkSources sources, Optional<ExternalCheck> external) {

    /** Internal links only; external ones get a syntax check. */
    public static VerifyOptions of(SiteConfig config, Catalog catalog, LinkSources sources) {
        return new VerifyOptions(config, catalog, sources, Optional.empty());
    }

    /** Also probe external http(s) links. */
    public VerifyOptions withExternalCheck(ExternalCheck check) {
        return new VerifyOptions(config, catalog, sources, Optional.of(check));
    }
}
