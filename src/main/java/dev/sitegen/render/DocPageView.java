package dev.sitegen.render;

import java.util.Optional;

/**
 * A doc page that is not a connector's own page: a migration guide, a connector's sub-page (then with the
 * navigation between the connector's pages), a guide or a general docs page.
 */
public record DocPageView(SiteView site, String title, String docHtml, TrailView trail,
                          Optional<ConnectorNavView> nav) {
}
