package dev.sitegen.model;

import java.util.List;

/**
 * One markdown file under the docs root: its path relative to the build root, the URL path it is
 * published at (for example {@code integrations/sources/postgres}, no leading or trailing slash),
 * its text, and the spec fields its {@code <FieldAnchor>} tags name, in document order.
 */
public record DocPage(String file, String urlPath, String markdown, List<FieldRef> fieldRefs) {

    public DocPage {
        fieldRefs = List.copyOf(fieldRefs);
    }

    /**
     * A doc whose field references nobody reads: a text an edit is about to write, read back only for
     * its changelog or guide, or a doc stripped of its text for a render key.
     */
    public DocPage(String file, String urlPath, String markdown) {
        this(file, urlPath, markdown, List.of());
    }
}
