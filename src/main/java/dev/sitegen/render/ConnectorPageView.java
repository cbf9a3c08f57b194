package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * A connector page: the connectors documented by this page (usually one; a shared doc has
 * several), the doc's HTML (already sanitized, changelog tables taken out) and the link to its
 * migration guide, if any.
 */
public record ConnectorPageView(SiteView site, String title, List<ConnectorSectionView> connectors,
                                Optional<String> docHtml, Optional<String> migrationGuideHref) {

    public boolean shared() {
        return connectors.size() > 1;
    }
}
