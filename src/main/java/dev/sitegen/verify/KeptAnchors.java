package dev.sitegen.verify;

import java.util.Map;

/**
 * The records an {@link AnchorMemo} collected in one check, as a long-lived process keeps them between checks:
 * immutable (the ids arrays are never written after recording), by page path.
 */
public final class KeptAnchors {

    /** Nothing kept. */
    public static final KeptAnchors NONE = new KeptAnchors(Map.of());

    /** One page's record and what it is valid for: its unit's render key and the site's address. */
    record Page(String unitKey, String address, SiteIndex.Recorded recorded) {
    }

    private final Map<String, Page> pages;

    KeptAnchors(Map<String, Page> pages) {
        this.pages = Map.copyOf(pages);
    }

    Map<String, Page> pages() {
        return pages;
    }
}
