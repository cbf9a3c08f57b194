package dev.sitegen.render;

import java.util.List;

/**
 * The navigation between one connector's own pages (its doc, migration guide, sub-pages such as a
 * troubleshooting page, contribute page), shown on each of them with the current one marked.
 */
public record ConnectorNavView(String name, List<Item> items) {

    public ConnectorNavView {
        items = List.copyOf(items);
    }

    /** A page of the connector; {@code href} from the site root. */
    public record Item(String label, String href, boolean current) {
    }
}
