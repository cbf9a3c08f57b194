package dev.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the catalog's filters from the connector cards: every value present, sorted, with counts. */
final class Facets {

    private Facets() {
    }

    static List<FacetView> createFacets(List<ConnectorCardView> cards) {
        return List.of(
                facet("type", "Type", cards, ConnectorCardView::type),
                facet("support", "Support level", cards, ConnectorCardView::supportLevel),
                facet("stage", "Release stage", cards, ConnectorCardView::releaseStage),
                facet("subtype", "Subtype", cards, ConnectorCardView::subtype));
    }

    private static FacetView facet(String key, String label, List<ConnectorCardView> cards,
                                   Function<ConnectorCardView, String> value) {
        Map<String, Long> counts = cards.stream()
                .collect(Collectors.groupingBy(value, TreeMap::new, Collectors.counting()));
        return new FacetView(key, label, counts.entrySet().stream()
                .map(e -> new FacetView.Option(e.getKey(), e.getKey(), e.getValue())).toList());
    }
}
