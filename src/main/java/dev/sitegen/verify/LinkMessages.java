package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;

/**
 * The words of a broken-link finding: what the link is, where it leads and how to fix it. The
 * same problem reads differently when blamed on a doc (the link as written there) and on a
 * template (the link as the page has it, and which page).
 */
final class LinkMessages {

    /** How GitHub (and this site) makes a heading's id, for the fix of a missing anchor. */
    static final String SLUG_HINT = "link to an existing heading's id (lower case, spaces become '-', punctuation is "
            + "dropped: '## Step 1: Set up' is #step-1-set-up), or give the heading a custom id with {#my-id}";

    private LinkMessages() {
    }

    /** A page as people write it: {@code integrations/x/index.html} is {@code integrations/x/}. */
    static String displayPage(String page) {
        if (page.equals("index.html")) {
            return "the catalog page (index.html)";
        }
        return UrlPaths.stripIndexFile(page);
    }

    /** A short description of the link: {@code link 'x'} or {@code image 'x'}. */
    static String describe(String url, boolean image) {
        return (image ? "image '" : "link '") + url + "'";
    }

    static String describeProblem(PageProblem p, String link) {
        return switch (p.kind()) {
            case MISSING_FILE -> link + " leads to " + displayTarget(p.target()) + ", which is not in the site";
            case MISSING_ANCHOR -> link + ": " + (p.target().equals(p.page()) ? "this page" : displayPage(p.target()))
                    + " has no anchor '#" + p.fragment() + "'"
                    + (p.note().isEmpty() ? "" : " (it has '#" + p.note() + "', which differs in case; ids are case-sensitive)");
            case ABOVE_ROOT -> link + " climbs above the site root with '../', so it leads nowhere";
            case OFFSITE -> link + " leads to " + p.target()
                    + ", outside the generated site: it cannot be verified (unverifiable)";
            case MALFORMED -> link + " is not a valid URL: " + p.note();
            case DEAD_EXTERNAL -> link + " is broken: " + p.note();
        };
    }

    static String hintFor(PageProblem p) {
        return switch (p.kind()) {
            case MISSING_FILE -> "check the path: pages are folders named by their docs path, such as "
                    + "integrations/sources/<name>/; link a doc by its .md file or its /integrations/... path";
            case MISSING_ANCHOR -> SLUG_HINT;
            case ABOVE_ROOT -> "use one '../' per folder between the page and its target, or a root path such as "
                    + "/integrations/sources/<name>";
            case OFFSITE -> "run the build with --check-external to probe it";
            case MALFORMED -> "write it as https://host/path";
            case DEAD_EXTERNAL -> "update the link to where the page moved, or remove it";
        };
    }

    /** The message of a relative doc link that climbs above the docs root. */
    static String describeAboveDocsRoot(String link) {
        return link + " climbs above the docs root with '../', so the site cannot place it; it leads nowhere";
    }

    /**
     * The message of a link that cannot be verified from the output: to a folder the site does not
     * generate (the docs outside docs/integrations), or to the docs host outside the site's URL.
     */
    static String describeUnverifiable(String link, String written, String target, boolean offsite) {
        String where = offsite ? " on the docs site, outside this build's URL"
                : " outside docs/integrations, which this site does not generate";
        String leads = written.equals(target) ? " is" : " leads to " + target + ",";
        return link + leads + where + ": it cannot be verified (unverifiable)";
    }

    private static String displayTarget(String path) {
        return path.isEmpty() ? "the site root" : path;
    }
}
