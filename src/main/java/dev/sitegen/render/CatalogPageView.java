package dev.sitegen.render;

import java.util.List;

/**
 * The catalog page: every connector sorted by name, counts per type, the filters with their
 * counts, and how many connectors have a breaking-change deadline ahead.
 */
public record CatalogPageView(SiteView site, List<ConnectorCardView> connectors, long sources,
                              long destinations, List<FacetView> facets, long breakingPending) {
}
