package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.Workers;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.Timelines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a catalog into site files: assets, the catalog page, one page per connector doc (shared
 * docs list every connector they document), every other doc under {@code integrations/}, and icons.
 * Pages render in parallel; each page's bytes depend only on its inputs.
 */
public final class SiteRenderer {

    private final SiteConfig config;
    private final Optional<String> baseUrl;
    private final LocalDate asOf;
    private final Path root;
    private final Workers workers;
    private final Templates templates = new Templates();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public SiteRenderer(SiteConfig config, Optional<String> baseUrl, LocalDate asOf, Path root, Workers workers) {
        this.config = config;
        this.asOf = asOf;
        this.baseUrl = PagePaths.normalizeBaseUrl(baseUrl);
        this.root = root;
        this.workers = workers;
    }

    /** Renders everything into {@code sink} and returns the number of pages written. */
    public int renderSite(Catalog catalog, SiteSink sink) {
        for (String asset : Assets.FILES) {
            sink.writeFile("assets/" + asset, Assets.readAsset(asset));
        }
        renderCatalogPage(catalog, sink);
        Map<String, List<Connector>> byPage = new TreeMap<>();
        for (Connector c : catalog.connectors()) {
            byPage.computeIfAbsent(c.pagePath(), k -> new ArrayList<>()).add(c);
            c.iconFile().ifPresent(f -> sink.copyFile(ViewFactory.iconPathOf(c), root.resolve(f)));
        }
        workers.mapInOrder(new ArrayList<>(byPage.entrySet()), e -> {
            renderConnectorPage(e.getKey(), e.getValue(), sink);
            return e.getKey();
        });
        Set<String> used = new HashSet<>(byPage.keySet());
        List<DocPage> others = catalog.docs().stream().filter(d -> !used.contains(d.urlPath())).toList();
        workers.mapInOrder(others, d -> {
            renderDocPage(d, sink);
            return d.urlPath();
        });
        return 1 + byPage.size() + others.size();
    }

    private SiteView siteView(String file) {
        return new SiteView(config.title(), PagePaths.rootFor(file, baseUrl));
    }

    private void renderCatalogPage(Catalog catalog, SiteSink sink) {
        List<ConnectorCardView> cards = catalog.connectors().stream()
                .sorted(Comparator.comparing((Connector c) -> c.metadata().name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Connector::dir))
                .map(ViewFactory::createCard)
                .toList();
        long sources = catalog.connectors().stream()
                .filter(c -> c.metadata().connectorType() == ConnectorType.SOURCE).count();
        CatalogPageView view = new CatalogPageView(siteView("index.html"), cards, sources,
                cards.size() - sources);
        writeHtml(sink, "index.html", templates.renderTemplate("catalog", view));
        sink.writeFile("api/registry.json", ApiDocuments.writeJson(new RegistryApi(cards.stream()
                .map(c -> new RegistryApi.Entry(c.dir(), c.name(), c.type(), c.subtype(), c.version(),
                        c.supportLevel(), c.releaseStage(), c.href())).toList())));
    }

    private void renderConnectorPage(String pagePath, List<Connector> connectors, SiteSink sink) {
        String file = PagePaths.indexFileOf(pagePath);
        Connector primary = connectors.get(0);
        Optional<RenderedDoc> doc = primary.doc().map(d -> markdown.renderMarkdown(d.markdown()));
        String title = doc.flatMap(RenderedDoc::title).orElse(primary.metadata().name());
        Optional<String> migrationHref = primary.migrationGuide().map(g -> g.page().urlPath() + "/");
        List<ConnectorSectionView> sections = new ArrayList<>();
        for (Connector c : connectors) {
            Timeline timeline = Timelines.buildTimeline(c);
            sink.writeFile("api/connectors/" + c.dir() + ".json",
                    ApiDocuments.writeJson(ApiDocuments.createConnectorApi(c, timeline)));
            sections.add(new ConnectorSectionView(ViewFactory.createFacts(c),
                    TimelineViews.layoutTimeline(timeline, asOf),
                    ChangelogViews.createRows(c.changelog().map(Changelog::entries).orElse(List.of()), timeline)));
        }
        ConnectorPageView view = new ConnectorPageView(siteView(file), title, sections,
                doc.map(d -> sanitizer.sanitizeHtml(d.html())), migrationHref);
        writeHtml(sink, file, templates.renderTemplate("connector", view));
    }

    private void renderDocPage(DocPage doc, SiteSink sink) {
        String file = PagePaths.indexFileOf(doc.urlPath());
        RenderedDoc rendered = markdown.renderMarkdown(doc.markdown());
        String title = rendered.title().orElse(doc.urlPath().substring(doc.urlPath().lastIndexOf('/') + 1));
        DocPageView view = new DocPageView(siteView(file), title, sanitizer.sanitizeHtml(rendered.html()));
        writeHtml(sink, file, templates.renderTemplate("doc", view));
    }

    private static void writeHtml(SiteSink sink, String file, String html) {
        sink.writeFile(file, html.getBytes(StandardCharsets.UTF_8));
    }
}
