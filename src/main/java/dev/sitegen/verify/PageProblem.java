package dev.sitegen.verify;

/**
 * A link found wrong on one output page, before it is traced back to its source.
 *
 * @param page the page's site path ({@code integrations/sources/x/index.html})
 * @param href the link as the page has it (entity-decoded)
 * @param kind what is wrong
 * @param target the site path or URL it leads to
 * @param fragment the anchor looked for, for {@link Kind#MISSING_ANCHOR}; else empty
 * @param note more detail: an id that differs only in case, a syntax error, an HTTP status
 */
record PageProblem(String page, String href, Kind kind, String target, String fragment, String note) {

    /** What can be wrong with a link. */
    enum Kind {
        /** The target file is not in the site. */
        MISSING_FILE,
        /** The target exists but has no such id or name. */
        MISSING_ANCHOR,
        /** A relative path climbs above the site root. */
        ABOVE_ROOT,
        /** On the docs site outside the generated pages: cannot be verified from the output. */
        OFFSITE,
        /** An external URL that is not well formed. */
        MALFORMED,
        /** An external URL a probe found gone (404, 410) or whose host does not resolve. */
        DEAD_EXTERNAL
    }

    static PageProblem of(String page, String href, Kind kind, String target) {
        return new PageProblem(page, href, kind, target, "", "");
    }
}
