package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.SitePaths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The catalog page and its data files: {@code api/registry.json} and {@code search-index.json}. */
final class CatalogPages {

    private final RenderContext ctx;
    private final Workers workers;

    CatalogPages(RenderContext ctx, Workers workers) {
        this.ctx = ctx;
        this.workers = workers;
    }

    void renderCatalogPages(Catalog catalog, SiteSink sink) {
        List<Connector> sorted = catalog.connectors().stream()
                .sorted(Comparator.comparing((Connector c) -> c.metadata().name().toLowerCase(Locale.ROOT))
                        .thenComparing(Connector::dir))
                .toList();
        List<ConnectorCardView> cards = workers.mapInOrder(sorted, c -> ViewFactory.createCard(c, ctx.asOf));
        long sources = sorted.stream().filter(c -> c.metadata().connectorType() == ConnectorType.SOURCE).count();
        ctx.writeHtml(sink, SitePaths.INDEX, "catalog",
                new CatalogPageView(ctx.siteView(SitePaths.INDEX), cards, sources, cards.size() - sources,
                        Facets.createFacets(cards), cards.stream().filter(ConnectorCardView::breakingPending).count()));
        sink.writeFile(SitePaths.API + "/registry.json", ApiDocuments.writeJson(new RegistryApi(sorted.stream()
                .map(c -> new RegistryApi.Entry(c.dir(), c.metadata().name(), c.metadata().connectorType().yamlName(),
                        c.metadata().connectorSubtype().yamlName(), c.metadata().dockerImageTag(),
                        c.metadata().supportLevel().yamlName(), c.metadata().releaseStage().yamlName(),
                        c.pagePath() + "/"))
                .toList())));
        sink.writeFile(SitePaths.SEARCH_INDEX, ApiDocuments.writeJson(cards.stream()
                .map(c -> new SearchEntry(c.dir(), c.name(), c.type(), c.subtype(), c.tags(), c.supportLevel(),
                        c.releaseStage(), c.version(), c.href(), c.breakingPending()))
                .toList()));
    }
}
