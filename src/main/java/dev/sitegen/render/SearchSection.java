package dev.sitegen.render;

import java.util.Comparator;

/**
 * One entry of the full-text search index: a section of a published page (its intro, an {@code h2} or
 * {@code h3} section, or a connector's Reference), as the page's render unit extracted it. {@code page} is
 * the page's URL relative to the site root ({@code integrations/sources/x/}), {@code anchor} the section's
 * id (empty for the intro), {@code text} its plain text (whitespace collapsed, at most 1,000 characters),
 * {@code type} and {@code support} the page's connector facts (empty on other pages), and {@code weights}
 * each term's weight as the search format defines it. Kept in the render cache with its unit, so a page
 * that is re-used is indexed again without being rendered.
 */
public record SearchSection(String page, String anchor, String title, String heading, String text, String type,
                            String support, SearchWeights weights) {

    /** Index order: by page URL in code point order (which is UTF-8 byte order); stable sorts keep a page's order. */
    public static final Comparator<SearchSection> INDEX_ORDER = (a, b) -> comparePages(a.page(), b.page());

    private static int comparePages(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** The entry's link: the page, with the section's anchor. */
    public String url() {
        return anchor.isEmpty() ? page : page + "#" + anchor;
    }
}
