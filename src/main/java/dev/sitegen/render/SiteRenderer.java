package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.DocumentationUrls;
import dev.sitegen.markdown.MarkdownOptions;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SiteFacts;
import dev.sitegen.model.SitePaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Renders a catalog into site files: assets, the catalog, one page per connector doc (a shared doc
 * lists every connector it documents), every other doc under {@code integrations/}, the site-wide
 * pages and data files, and icons. Pages render in parallel; each page's bytes depend only on its
 * inputs, so the output is the same whatever the thread count.
 */
public final class SiteRenderer {

    private final RenderContext ctx;
    private final Path root;
    private final Workers workers;
    static final String PAGE_UNIT = "page:";
    static final String API_UNIT = "api:";
    static final String CONTRIBUTE_UNIT = "contribute:";
    static final String ICON_UNIT = "icon:";

    /** The digest of the settings every page shows, part of every render unit's key. */
    private final String siteKey;
    private volatile TrailsMemo trailsMemo;

    private record TrailsMemo(Catalog catalog, PageTrails trails) {
    }

    /**
     * @param facts    the site's host and repository, as load computed them
     * @param snippets MDX component name to markdown text, for components docs import
     */
    public SiteRenderer(SiteConfig config, SiteFacts facts, Optional<String> baseUrl, LocalDate asOf,
                        Map<String, String> snippets, Path root, Workers workers) {
        Optional<String> base = PagePaths.normalizeBaseUrl(baseUrl);
        SiteUrls urls = SiteUrls.createSiteUrls(config, facts, base);
        MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownOptions(siteHosts(config, urls), snippets));
        this.ctx = new RenderContext(config, base, asOf, urls, facts.repositoryUrl(), markdown);
        this.root = root;
        this.workers = workers;
        this.siteKey = new ValueDigest().add(config).add(facts).add(base).add(asOf).add(snippets).digest();
    }

    /**
     * Renders everything into {@code sink} and returns the number of HTML pages written;
     * {@code diagnostics} are the check results shown on each connector's contribute page.
     */
    public int renderSite(Catalog catalog, List<Diagnostic> diagnostics, SiteSink sink) {
        return renderSite(catalog, diagnostics, sink, RenderCache.cold());
    }

    /**
     * As {@link #renderSite(Catalog, List, SiteSink)}, re-using from {@code cache} every render unit
     * whose inputs are unchanged: a connector's page (with its icon, API document and contribute page),
     * a doc page, the site-wide pages. Assets and the sitemap are always written (they cost nothing).
     */
    public int renderSite(Catalog catalog, List<Diagnostic> diagnostics, SiteSink sink, RenderCache cache) {
        PageListSink pages = new PageListSink(sink);
        for (String asset : Assets.FILES) {
            pages.writeFile(SitePaths.ASSETS + "/" + asset, Assets.readAsset(asset));
        }
        renderUnits(catalog, diagnostics, pages, cache);
        // from every unit's entries, rendered or re-used: written whole each build, like the sitemap; after
        // renderUnits returned, so what the units shared (timelines, findings by connector) is garbage by then
        KeptSearchIndex.writeIndex(cache.listSearchSections(), pages);
        new SitePages(ctx, workers).writeSitemap(pages);
        return pages.htmlCount();
    }

    private void renderUnits(Catalog catalog, List<Diagnostic> diagnostics, PageListSink pages, RenderCache cache) {
        Map<String, List<Connector>> byPage = groupByPage(catalog);
        // Grouped once for the whole site: per page, filtering every connector and grouping every
        // finding would make rendering quadratic in the catalog's size.
        Map<String, List<Diagnostic>> findings = groupByConnector(diagnostics);
        // a build that renders every unit builds every timeline ahead, on all workers (lazily, the site unit's
        // thread would build them one by one); a build after an edit renders a few units, and only they ask
        TimelineCache timelines = cache.remembersNothing() ? TimelineCache.build(catalog.connectors(), workers)
                : TimelineCache.lazy();
        RenderKeys keys = new RenderKeys(siteKey, root, workers);
        PageTrails trails = trailsOf(catalog);
        // The site-wide pages show no page's output: they render beside the workers' pages instead of after
        // them, on one thread of their own (their parallel parts would queue behind every page); units write
        // different files, and the sitemap and search index sort theirs.
        workers.runBeside(() -> {
            try (Workers alone = new Workers(1)) {
                cache.produceUnit("site", new RenderKeys(siteKey, root, alone).keySitePages(catalog), pages,
                        ctx.linkSources, s -> renderIndexPages(catalog, timelines, s, alone));
                cache.produceUnit("search", keys.keySearchPage(), pages, ctx.linkSources,
                        s -> SearchResultsPage.renderSearchPage(ctx, s));
            }
        }, () -> {
            workers.mapInOrder(new ArrayList<>(byPage.keySet()), page -> {
                List<Connector> connectors = byPage.get(page);
                cache.produceUnit("page:" + page, keys.keyConnectorPage(connectors, findings, trails), pages,
                        ctx.linkSources, s -> renderConnectorPage(trails, page, connectors, findings, timelines, s));
                return page;
            });
            Set<String> used = new HashSet<>(byPage.keySet());
            List<DocPage> others = new ArrayList<>(catalog.docs().stream().filter(d -> !used.contains(d.urlPath())).toList());
            others.addAll(catalog.guides());
            workers.mapInOrder(others, d -> {
                cache.produceUnit("doc:" + d.file(), keys.keyDocPage(d, trails), pages, ctx.linkSources,
                        s -> renderDocPage(trails, d, s));
                return d.urlPath();
            });
        });
    }

    /**
     * Renders the units of {@link RenderUnitKeys#keyPageUnits} named in {@code units} for the page at {@code pagePath};
     * {@code diagnostics} are the check results shown on contribute pages.
     */
    public void renderPageUnits(Catalog catalog, String pagePath, Set<String> units, List<Diagnostic> diagnostics,
                                SiteSink sink) {
        List<Connector> connectors = listConnectorsAt(catalog, pagePath);
        if (connectors.isEmpty()) {
            return;
        }
        PageTrails trails = trailsOf(catalog);
        ConnectorPages pages = new ConnectorPages(ctx, trails);
        if (units.contains(PAGE_UNIT + pagePath)) {
            pages.renderPageHtml(pagePath, connectors, TimelineCache.empty(), sink);
        }
        Map<String, List<Diagnostic>> findings = groupByConnector(diagnostics);
        ContributePages contribute = new ContributePages(ctx, trails);
        for (Connector c : connectors) {
            if (units.contains(API_UNIT + c.dir())) {
                pages.writeApiDocument(c, TimelineCache.empty().of(c), sink);
            }
            if (units.contains(CONTRIBUTE_UNIT + c.dir())) {
                contribute.renderContributePage(c, findings, sink);
            }
            if (units.contains(ICON_UNIT + c.dir())) {
                writeIcon(c, sink);
            }
        }
    }

    /**
     * The docs (no connector's page) that show values of the connectors {@code dirs}: their migration guides
     * and sub-pages, whose breadcrumbs and navigation name the connector and its pages.
     */
    public Set<String> listDocsShowing(Catalog catalog, Set<String> dirs) {
        return trailsOf(catalog).listDocsShowing(dirs);
    }

    /** One {@link PageTrails} per catalog: serve asks for several units of the same catalog in a row. */
    private PageTrails trailsOf(Catalog catalog) {
        TrailsMemo memo = trailsMemo;
        if (memo == null || memo.catalog() != catalog) {
            memo = new TrailsMemo(catalog, new PageTrails(catalog));
            trailsMemo = memo;
        }
        return memo.trails();
    }

    /** The page at {@code pagePath} for {@code connectors}, the catalog's connectors documented there. */
    void renderConnectorPage(PageTrails trails, String pagePath, List<Connector> connectors,
                             Map<String, List<Diagnostic>> findings, TimelineCache timelines, SiteSink sink) {
        if (connectors.isEmpty()) {
            return;
        }
        new ConnectorPages(ctx, trails).renderConnectorPage(pagePath, connectors, timelines, sink);
        ContributePages contribute = new ContributePages(ctx, trails);
        for (Connector c : connectors) {
            writeIcon(c, sink);
            contribute.renderContributePage(c, findings, sink);
        }
    }

    private void writeIcon(Connector c, SiteSink sink) {
        c.iconFile().ifPresent(f -> IconWriter.writeIcon(ViewFactory.iconPathOf(c), root,
                root.resolve(c.metadataFile()).getParent(), root.resolve(f), sink));
    }

    static List<Connector> listConnectorsAt(Catalog catalog, String pagePath) {
        return catalog.connectors().stream().filter(c -> c.pagePath().equals(pagePath)).toList();
    }

    /**
     * Renders the pages built from the whole catalog: the catalog and its data files, the
     * contributing index, breaking changes, releases, feeds, calendar, checks page, 404 and robots.txt.
     */
    public void renderIndexPages(Catalog catalog, SiteSink sink) {
        renderIndexPages(catalog, TimelineCache.build(catalog.connectors(), workers), sink, workers);
    }

    private void renderIndexPages(Catalog catalog, TimelineCache timelines, SiteSink sink, Workers on) {
        new CatalogPages(ctx, on).renderCatalogPages(catalog, sink);
        ContributingIndex.renderContributingIndex(ctx, catalog, sink);
        new SitePages(ctx, on).renderSitePages(catalog, timelines, sink);
    }

    /** Renders a doc of {@code catalog} that is not a connector's own page: a migration guide, a guide or another page. */
    public void renderDocPage(Catalog catalog, DocPage doc, SiteSink sink) {
        renderDocPage(trailsOf(catalog), doc, sink);
    }

    private void renderDocPage(PageTrails trails, DocPage doc, SiteSink sink) {
        String file = PagePaths.indexFileOf(doc.urlPath());
        RenderedDoc rendered = ctx.renderDoc(doc, file, List.of());
        String title = rendered.title().orElse(doc.urlPath().substring(doc.urlPath().lastIndexOf('/') + 1));
        Element body = ctx.sanitizer.sanitizeBody(rendered.html());
        ctx.writeHtml(sink, file, "doc", new DocPageView(ctx.siteView(file), title, body.html(),
                trails.trailOfDoc(doc, title), trails.findOwner(doc).map(c -> trails.navOf(c, doc.urlPath() + "/"))));
        if (sink.keepsSearchSections()) {
            sink.addSearchSections(file, PageSections.splitDoc(
                    new PageSections.Page(PageSections.urlOf(doc.urlPath()), title, "", ""), body));
        }
    }

    private static Map<String, List<Connector>> groupByPage(Catalog catalog) {
        Map<String, List<Connector>> byPage = new TreeMap<>();
        for (Connector c : catalog.connectors()) {
            byPage.computeIfAbsent(c.pagePath(), k -> new ArrayList<>()).add(c);
        }
        return byPage;
    }

    private static Map<String, List<Diagnostic>> groupByConnector(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::connector, TreeMap::new, Collectors.toList()));
    }

    /**
     * Renders into {@code sink} the one unit that writes {@code file} (see {@link SiteFiles}): the
     * connector page it is (without the rest of its unit), or belongs to, a doc page, or the site-wide pages; false when no unit of
     * {@code files} writes it. For reading one page's anchors without rendering the site.
     */
    public boolean renderUnitOf(Catalog catalog, SiteFiles files, String file, SiteSink sink) {
        Optional<SiteFiles.Unit> unit = files.findUnit(file);
        unit.ifPresent(u -> {
            if (u instanceof SiteFiles.ConnectorUnit c && file.equals(PagePaths.indexFileOf(c.pagePath()))) {
                // the page's HTML alone: its unit's icons, API documents and contribute pages are not asked for
                new ConnectorPages(ctx, trailsOf(catalog)).renderPageHtml(c.pagePath(), listConnectorsAt(catalog, c.pagePath()),
                        TimelineCache.empty(), sink);
            } else if (u instanceof SiteFiles.ConnectorUnit c) {
                renderConnectorPage(trailsOf(catalog), c.pagePath(), listConnectorsAt(catalog, c.pagePath()), Map.of(),
                        TimelineCache.empty(), sink);
            } else if (u instanceof SiteFiles.DocUnit d) {
                renderDocPage(catalog, d.doc(), sink);
            } else if (u instanceof SiteFiles.SearchUnit) {
                SearchResultsPage.renderSearchPage(ctx, sink);
            } else {
                renderIndexPages(catalog, sink);
            }
        });
        return unit.isPresent();
    }

    /** The keys of the render units as a full render computes them, for a part rebuild to compare. */
    public RenderUnitKeys unitKeys() {
        return new RenderUnitKeys(siteKey, root, workers, this::trailsOf);
    }

    /** Where each written page's links came from, for verifying links after rendering. */
    public LinkSources linkSources() {
        return ctx.linkSources;
    }

    /** Hosts whose absolute links are the site's own: the configured site's and the docs' usual one. */
    static Set<String> siteHosts(SiteConfig config, SiteUrls urls) {
        Set<String> hosts = new TreeSet<>();
        config.siteUrl().flatMap(DocumentationUrls::findHost).ifPresent(hosts::add);
        DocumentationUrls.findHost(urls.absoluteRoot()).ifPresent(hosts::add);
        return hosts;
    }
}
