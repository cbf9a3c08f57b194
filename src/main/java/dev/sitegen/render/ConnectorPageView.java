package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * A connector page: the connectors documented by this page (usually one; a shared doc has
 * several), the doc's HTML (already sanitized, changelog tables taken out), its table of contents,
 * the link to edit the doc in the repository, its breadcrumbs and the navigation between its first
 * connector's pages (migration guide and contribute page included).
 */
public record ConnectorPageView(SiteView site, String title, List<ConnectorSectionView> connectors,
                                Optional<String> docHtml, List<TocEntry> toc, Optional<String> editHref, TrailView trail,
                                ConnectorNavView nav) {

    public boolean shared() {
        return connectors.size() > 1;
    }
}
