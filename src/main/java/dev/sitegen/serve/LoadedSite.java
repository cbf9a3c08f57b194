package dev.sitegen.serve;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import java.util.Map;

/**
 * A build root read from scratch: its layout, {@code site.yaml}, catalog and the MDX snippets the
 * config maps. What a full rebuild starts from; incremental rebuilds replace only the catalog.
 */
public record LoadedSite(SiteLayout layout, SiteConfig config, Catalog catalog, Map<String, String> snippets) {

    public LoadedSite {
        snippets = Map.copyOf(snippets);
    }

    LoadedSite withCatalog(Catalog newCatalog) {
        return new LoadedSite(layout, config, newCatalog, snippets);
    }
}
