package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The keys of render units exactly as {@link SiteRenderer}'s full render computes them, asked for one unit at a
 * time by a part rebuild (serve, {@code build/UnitKeys}) to tell which units an edit changed. Same
 * {@link RenderKeys}, same site key, same breadcrumbs as the renderer that made it.
 */
public final class RenderUnitKeys {

    private final String siteKey;
    private final Path root;
    private final Workers workers;
    private final Function<Catalog, PageTrails> trails;

    RenderUnitKeys(String siteKey, Path root, Workers workers, Function<Catalog, PageTrails> trails) {
        this.siteKey = siteKey;
        this.root = root;
        this.workers = workers;
        this.trails = trails;
    }

    /**
     * The keys of the units a connector page splits into when serve renders it on its own (one doc edit
     * then re-renders the page and not the files it cannot change): {@code page:<path>} (its HTML alone),
     * and for each connector documented there {@code api:<dir>}, {@code contribute:<dir>} and
     * {@code icon:<dir>}. Same {@link RenderKeys} as the build's units; sorted by unit name.
     */
    public SortedMap<String, String> keyPageUnits(Catalog catalog, String pagePath, List<Diagnostic> diagnostics) {
        RenderKeys keys = new RenderKeys(siteKey, root, workers);
        List<Connector> connectors = SiteRenderer.listConnectorsAt(catalog, pagePath);
        SortedMap<String, String> out = new TreeMap<>();
        if (connectors.isEmpty()) {
            return out;
        }
        out.put(SiteRenderer.PAGE_UNIT + pagePath, keys.keyPageHtml(connectors, trails.apply(catalog)));
        for (Connector c : connectors) {
            String values = RenderKeys.digestSiteValues(c);
            out.put(SiteRenderer.API_UNIT + c.dir(), keys.keyApiDocument(values, c));
            out.put(SiteRenderer.CONTRIBUTE_UNIT + c.dir(), keys.keyContributePage(values, c, diagnostics.stream()
                    .filter(d -> d.connector().equals(c.dir())).toList()));
            out.put(SiteRenderer.ICON_UNIT + c.dir(), keys.keyIcon(c));
        }
        return out;
    }

    /**
     * The {@code icon:<dir>} key of every connector: the one unit whose key reads a file (the icon's bytes)
     * rather than the catalog, so serve keys every icon before its first render, not when an edit touches it.
     */
    public SortedMap<String, String> keyIconUnits(Catalog catalog) {
        RenderKeys keys = new RenderKeys(siteKey, root, workers);
        List<String> digests = workers.mapInOrder(catalog.connectors(), keys::keyIcon);
        SortedMap<String, String> out = new TreeMap<>();
        for (int i = 0; i < digests.size(); i++) {
            out.put(SiteRenderer.ICON_UNIT + catalog.connectors().get(i).dir(), digests.get(i));
        }
        return out;
    }

    /** The key of a doc that is no connector's page ({@code doc:<file>}) of {@code catalog}, as the build computes it. */
    public String keyDocUnit(Catalog catalog, DocPage doc) {
        return new RenderKeys(siteKey, root, workers).keyDocPage(doc, trails.apply(catalog));
    }

    /** One connector's share of the site-wide pages' key; see {@link #keySiteUnit}. */
    public static String digestSiteValues(Connector c) {
        return RenderKeys.digestSiteValues(c);
    }

    /**
     * The site-wide pages' key ({@code site}, as the build computes it) from every connector's
     * {@link #digestSiteValues}, in catalog order, and the guides.
     */
    public String keySiteUnit(List<String> connectorDigests, List<DocPage> guides) {
        return new RenderKeys(siteKey, root, workers).keySitePages(connectorDigests, guides);
    }
}
