package dev.sitegen.render;

import java.util.List;

/**
 * A page's breadcrumbs: the catalog first (the template's), then {@code links} (each href from the site
 * root, e.g. {@code ?type=source} or {@code integrations/sources/hubspot/}), and {@code here}, the page itself.
 */
public record TrailView(List<Link> links, String here) {

    public TrailView {
        links = List.copyOf(links);
    }

    /** One step of the trail. */
    public record Link(String label, String href) {
    }
}
