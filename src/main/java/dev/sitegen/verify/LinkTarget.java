package dev.sitegen.verify;

/**
 * What one {@code href} or {@code src} of a page points at, as far as the page alone can tell.
 *
 * @param kind the category
 * @param path for {@link Kind#INTERNAL}: the site path (decoded, no query or fragment; a folder ends
 *     with {@code /}); for {@link Kind#EXTERNAL} and {@link Kind#OFFSITE}: the absolute URL
 * @param fragment the decoded {@code #fragment} of an internal link, empty when it has none
 */
record LinkTarget(Kind kind, String path, String fragment) {

    /** The categories of links. */
    enum Kind {
        /** Nothing to check: {@code mailto:}, {@code data:}, an empty href. */
        SKIP,
        /** A file of this site. */
        INTERNAL,
        /** A relative path whose {@code ../} climbs above the site root. */
        ABOVE_ROOT,
        /** The docs site outside this one (a site host, or a root path outside the base URL). */
        OFFSITE,
        /** Any other http(s) URL. */
        EXTERNAL
    }

    static final LinkTarget SKIP = new LinkTarget(Kind.SKIP, "", "");

    static LinkTarget internal(String path, String fragment) {
        return new LinkTarget(Kind.INTERNAL, path, fragment);
    }

    static LinkTarget of(Kind kind, String url) {
        return new LinkTarget(kind, url, "");
    }
}
