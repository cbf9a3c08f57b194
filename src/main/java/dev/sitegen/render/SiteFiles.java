package dev.sitegen.render;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files {@link SiteRenderer#renderSite} writes for a catalog, named without rendering any, and
 * which render unit writes each page: {@code check} resolves links against this list and renders
 * only the pages whose anchors a link needs. Kept beside the renderer so the two cannot drift
 * ({@code SiteFilesTest} compares it with a render).
 */
public final class SiteFiles {

    /**
     * Where a page comes from: a connector page, a doc page (guide, migration guide...), the site unit, or the
     * search page's own unit.
     */
    sealed interface Unit permits ConnectorUnit, DocUnit, SiteUnit, SearchUnit {
    }

    record ConnectorUnit(String pagePath) implements Unit {
    }

    record DocUnit(DocPage doc) implements Unit {
    }

    record SiteUnit() implements Unit {
    }

    /** The search page: it shows no catalog value, so no catalog edit renders it again. */
    record SearchUnit() implements Unit {
    }

    private final Set<String> files = new TreeSet<>();
    private final Map<String, Unit> unitByFile = new TreeMap<>();

    private SiteFiles(Catalog catalog) {
        Assets.FILES.forEach(a -> files.add(SitePaths.ASSETS + "/" + a));
        Set<String> pagePaths = new TreeSet<>();
        for (Connector c : catalog.connectors()) {
            pagePaths.add(c.pagePath());
            files.add(SitePaths.API + "/connectors/" + c.dir() + ".json");
            addPage(ContributePages.pathOf(c) + "index.html", new ConnectorUnit(c.pagePath()));
            files.add(SitePaths.FEEDS + "/connectors/" + c.dir() + ".xml");
            // an icon the renderer then finds unusable is left out; verification reports the images to it
            c.iconFile().ifPresent(f -> files.add(ViewFactory.iconPathOf(c)));
        }
        pagePaths.forEach(p -> addPage(PagePaths.indexFileOf(p), new ConnectorUnit(p)));
        for (DocPage d : catalog.docs()) {
            if (!pagePaths.contains(d.urlPath())) {
                addPage(PagePaths.indexFileOf(d.urlPath()), new DocUnit(d));
            }
        }
        catalog.guides().forEach(g -> addPage(PagePaths.indexFileOf(g.urlPath()), new DocUnit(g)));
        SiteUnit site = new SiteUnit();
        for (String page : List.of(SitePaths.INDEX, SitePaths.NOT_FOUND, SitePaths.BREAKING_CHANGES + "/index.html",
                SitePaths.RELEASES + "/index.html", SitePaths.CHECKS + "/index.html",
                SitePaths.CONTRIBUTING + "/connectors/index.html")) {
            addPage(page, site);
        }
        addPage(SearchResultsPage.FILE, new SearchUnit());
        if (catalog.guides().stream().noneMatch(g -> g.urlPath().equals(SitePaths.CONTRIBUTING))) {
            addPage(SitePaths.CONTRIBUTING + "/index.html", site);
        }
        files.addAll(List.of(SitePaths.API + "/registry.json", SitePaths.SEARCH_INDEX, SitePaths.CALENDAR,
                SitePaths.ROBOTS, SitePaths.SITEMAP, SitePaths.FEEDS + "/releases.xml",
                SitePaths.FEEDS + "/breaking-changes.xml", SearchIndexWriter.META));
    }

    /**
     * Whether {@code file} is a search term shard or entry file: named by the index's content (the plan lists
     * only {@code search/meta.json}, which names the shards), and never the target of a page's link.
     */
    public static boolean isSearchShard(String file) {
        return file.startsWith(SearchIndexWriter.TERMS) || file.startsWith(SearchIndexWriter.ENTRIES);
    }

    /** The files a render of {@code catalog} writes, and the unit writing each page. */
    public static SiteFiles planFiles(Catalog catalog) {
        return new SiteFiles(catalog);
    }

    private void addPage(String file, Unit unit) {
        files.add(file);
        unitByFile.putIfAbsent(file, unit);
    }

    /** Every file path, sorted. */
    public Set<String> listFiles() {
        return java.util.Collections.unmodifiableSet(files);
    }

    /**
     * Whether {@code file} is one of the pages rendered from the whole catalog at once (their
     * rendering runs work in parallel itself, so a caller's workers must not run it).
     */
    public boolean isSiteWidePage(String file) {
        return unitByFile.get(file) instanceof SiteUnit;
    }

    /** The page path of the connector unit writing {@code file}, if a connector unit writes it. */
    public Optional<String> findConnectorPage(String file) {
        return findUnit(file).filter(ConnectorUnit.class::isInstance).map(u -> ((ConnectorUnit) u).pagePath());
    }

    /** The doc a doc unit (a doc that is no connector's page, or a guide) renders into {@code file}, if one does. */
    public Optional<DocPage> findDocUnit(String file) {
        return findUnit(file).filter(DocUnit.class::isInstance).map(u -> ((DocUnit) u).doc());
    }

    Optional<Unit> findUnit(String file) {
        return Optional.ofNullable(unitByFile.get(file));
    }
}
