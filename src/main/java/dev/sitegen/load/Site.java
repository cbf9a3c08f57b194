package dev.sitegen.load;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.SiteFacts;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A build root read once ({@link SiteReader#readSite}): its layout, {@code site.yaml}, the catalog, the
 * site-wide facts computed from them, and the markdown of the MDX snippets the config maps. Every later
 * stage (checks, rendering, serve, bump) reads what it needs from this one value instead of deriving it
 * again.
 *
 * @param snippets MDX component name to markdown text, sorted by name
 */
public record Site(SiteLayout layout, SiteConfig config, Catalog catalog, SiteFacts facts,
                   Map<String, String> snippets) {

    public Site {
        snippets = Collections.unmodifiableMap(new TreeMap<>(snippets));
    }

    /**
     * The site with a catalog updated in place (a preview's edit of one file). The facts stay those the
     * site was read with: a caller whose edit may move them checks that and reads the site again.
     */
    public Site withCatalog(Catalog newCatalog) {
        return new Site(layout, config, newCatalog, facts, snippets);
    }
}
