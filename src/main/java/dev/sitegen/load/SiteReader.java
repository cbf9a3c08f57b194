package dev.sitegen.load;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one way to read a build root into a {@link Site}: {@code site.yaml}, its snippets, the catalog,
 * and the site facts computed once from the config and the whole catalog. The site's config maps, beside
 * {@code site.yaml}'s snippets, each {@code @site/} import the docs make that resolved ({@link SiteImports}),
 * under its import source.
 */
public final class SiteReader {

    private SiteReader() {
    }

    /** Reads {@code site.yaml} (the defaults when there is none), then the rest of the site. */
    public static Site readSite(SiteLayout layout, Workers workers) throws ConfigException, IOException {
        return readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty());
    }

    /**
     * Reads a site whose {@code site.yaml} was read already (a build reads it first to decide whether it
     * is up to date), judging against the markdown limits only the docs of the connectors in
     * {@code judged} (all when empty), as {@link CatalogLoader#loadCatalog(Optional)} does.
     */
    public static Site readSite(SiteLayout layout, SiteConfig config, Workers workers, Optional<Set<String>> judged)
            throws ConfigException, IOException {
        return readSite(layout, config, workers, LoadMemo.none(), loader -> loader.loadCatalog(judged));
    }

    /**
     * Reads the whole site for a published build, taking what did not change of the connectors' folders
     * from {@code memo} (the previous build's specs and metadata, see {@link LoadMemo}), which records this read.
     */
    public static Site readSite(SiteLayout layout, SiteConfig config, Workers workers, LoadMemo memo)
            throws ConfigException, IOException {
        return readSite(layout, config, workers, memo, loader -> loader.withMemo(memo).loadCatalog(Optional.empty()));
    }

    /**
     * Reads a site for checking the connectors in {@code checked} ({@link ScopedCatalogLoad}):
     * the others without their specs, so the site must be read in full ({@link #readInFull}) for any
     * other connector whose page is rendered or whose findings are reported.
     */
    public static Site readSiteFor(SiteLayout layout, SiteConfig config, Workers workers, Set<String> checked)
            throws ConfigException, IOException {
        return readSiteFor(layout, config, workers, checked, LoadMemo.none());
    }

    /** As {@link #readSiteFor(SiteLayout, SiteConfig, Workers, Set)}, taking what did not change from {@code memo}. */
    public static Site readSiteFor(SiteLayout layout, SiteConfig config, Workers workers, Set<String> checked,
                                   LoadMemo memo) throws ConfigException, IOException {
        return readSite(layout, config, workers, memo,
                loader -> ScopedCatalogLoad.loadCatalogFor(loader.withMemo(memo), checked));
    }

    /**
     * {@code site}, read by {@link #readSiteFor} for {@code loaded}, with the connectors in {@code dirs}
     * as a whole read gives them: specs read, and the docs and migration guides not judged yet judged
     * against the markdown limits (their findings given to connectors as a whole load does). The site
     * facts do not depend on specs, so they stay.
     */
    public static Site readInFull(Site site, Set<String> loaded, Set<String> dirs, Workers workers) {
        return readInFull(site, loaded, dirs, workers, LoadMemo.none());
    }

    /** As {@link #readInFull(Site, Set, Set, Workers)}, taking what did not change from {@code memo}. */
    public static Site readInFull(Site site, Set<String> loaded, Set<String> dirs, Workers workers, LoadMemo memo) {
        Set<String> fresh = new TreeSet<>(dirs);
        fresh.removeAll(loaded);
        if (fresh.isEmpty()) {
            return site;
        }
        return site.withCatalog(ScopedCatalogLoad.readInFull(CatalogLoader.forSite(site, workers).withMemo(memo),
                site.catalog(),
                loaded, fresh));
    }

    private interface CatalogRead {
        Catalog loadCatalog(CatalogLoader loader) throws IOException;
    }

    /** @param memo what the load takes from and records into; the site facts count each changelog table through it */
    private static Site readSite(SiteLayout layout, SiteConfig config, Workers workers, LoadMemo memo, CatalogRead read)
            throws ConfigException, IOException {
        // a snippet that may not be read is a configuration error: reported before the long part
        Map<String, String> snippets = SnippetFiles.readSnippets(config, layout);
        SiteImports imports = new SiteImports(layout);
        Catalog catalog = read.loadCatalog(new CatalogLoader(layout, workers, config.snippets(), snippets, imports));
        // an @site import that resolved is a snippet like one site.yaml maps, keyed by its source
        Map<String, String> paths = new TreeMap<>(imports.listFiles());
        paths.putAll(config.snippets());
        Map<String, String> texts = new TreeMap<>(imports.listTexts());
        texts.putAll(snippets);
        SiteConfig full = config.withSnippets(paths);
        return new Site(layout, full, catalog, SiteFactsInference.inferFacts(full, catalog, memo::countRepositories),
                texts);
    }
}
