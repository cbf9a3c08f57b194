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
    /** The digest of the settings every page shows, part of every render unit's key. */
    private final String siteKey;

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
        Map<String, List<Connector>> byPage = groupByPage(catalog);
        // Grouped once for the whole site: per page, filtering every connector and grouping every
        // finding would make rendering quadratic in the catalog's size.
        Map<String, List<Diagnostic>> findings = groupByConnector(diagnostics);
        TimelineCache timelines = TimelineCache.build(catalog.connectors(), workers);
        RenderKeys keys = new RenderKeys(siteKey, root, workers);
        workers.mapInOrder(new ArrayList<>(byPage.keySet()), page -> {
            List<Connector> connectors = byPage.get(page);
            cache.produceUnit("page:" + page, keys.keyConnectorPage(connectors, findings), pages, ctx.linkSources,
                    s -> renderConnectorPage(page, connectors, findings, timelines, s));
            return page;
        });
        Set<String> used = new HashSet<>(byPage.keySet());
        List<DocPage> others = new ArrayList<>(catalog.docs().stream().filter(d -> !used.contains(d.urlPath())).toList());
        others.addAll(catalog.guides());
        workers.mapInOrder(others, d -> {
            cache.produceUnit("doc:" + d.file(), keys.keyDocPage(d), pages, ctx.linkSources, s -> renderDocPage(d, s));
            return d.urlPath();
        });
        cache.produceUnit("site", keys.keySitePages(catalog), pages, ctx.linkSources,
                s -> renderIndexPages(catalog, timelines, s));
        new SitePages(ctx, workers).writeSitemap(pages);
        return pages.htmlCount();
    }

    /**
     * Renders the page at {@code pagePath} for every connector documented there, with each one's
     * icon, API document and contribute page: what one connector's edit can change on its own.
     */
    public void renderConnectorPage(Catalog catalog, String pagePath, List<Diagnostic> diagnostics, SiteSink sink) {
        List<Connector> connectors = catalog.connectors().stream().filter(c -> c.pagePath().equals(pagePath)).toList();
        renderConnectorPage(pagePath, connectors, groupByConnector(diagnostics), TimelineCache.empty(), sink);
    }

    /** The page at {@code pagePath} for {@code connectors}, the catalog's connectors documented there. */
    void renderConnectorPage(String pagePath, List<Connector> connectors, Map<String, List<Diagnostic>> findings,
                             TimelineCache timelines, SiteSink sink) {
        if (connectors.isEmpty()) {
            return;
        }
        new ConnectorPages(ctx).renderConnectorPage(pagePath, connectors, timelines, sink);
        ContributePages contribute = new ContributePages(ctx);
        for (Connector c : connectors) {
            c.iconFile().ifPresent(f -> IconWriter.writeIcon(ViewFactory.iconPathOf(c), root,
                    root.resolve(c.metadataFile()).getParent(), root.resolve(f), sink));
            contribute.renderContributePage(c, findings, sink);
        }
    }

    /**
     * Renders the pages built from the whole catalog: the catalog and its data files, the
     * contributing index, breaking changes, releases, feeds, calendar, checks page, 404 and robots.txt.
     */
    public void renderIndexPages(Catalog catalog, SiteSink sink) {
        renderIndexPages(catalog, TimelineCache.build(catalog.connectors(), workers), sink);
    }

    private void renderIndexPages(Catalog catalog, TimelineCache timelines, SiteSink sink) {
        new CatalogPages(ctx, workers).renderCatalogPages(catalog, sink);
        ContributingIndex.renderContributingIndex(ctx, catalog, sink);
        new SitePages(ctx, workers).renderSitePages(catalog, timelines, sink);
    }

    /** Renders a doc that is not a connector's own page: a migration guide, a guide or another page. */
    public void renderDocPage(DocPage doc, SiteSink sink) {
        String file = PagePaths.indexFileOf(doc.urlPath());
        RenderedDoc rendered = ctx.renderDoc(doc, file, List.of());
        String title = rendered.title().orElse(doc.urlPath().substring(doc.urlPath().lastIndexOf('/') + 1));
        ctx.writeHtml(sink, file, "doc", new DocPageView(ctx.siteView(file), title,
                ctx.sanitizer.sanitizeHtml(rendered.html())));
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
                // the page alone: its unit's icons, API documents and contribute pages are not asked for
                List<Connector> connectors = catalog.connectors().stream()
                        .filter(k -> k.pagePath().equals(c.pagePath())).toList();
                new ConnectorPages(ctx).renderConnectorPage(c.pagePath(), connectors, TimelineCache.empty(), sink);
            } else if (u instanceof SiteFiles.ConnectorUnit c) {
                renderConnectorPage(catalog, c.pagePath(), List.of(), sink);
            } else if (u instanceof SiteFiles.DocUnit d) {
                renderDocPage(d.doc(), sink);
            } else {
                renderIndexPages(catalog, sink);
            }
        });
        return unit.isPresent();
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
