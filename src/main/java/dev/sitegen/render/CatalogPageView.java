package dev.sitegen.render;

import java.util.List;

/** The catalog page: every connector, sorted by name, with counts per type. */
public record CatalogPageView(SiteView site, List<ConnectorCardView> connectors, long sources,
                              long destinations) {
}
