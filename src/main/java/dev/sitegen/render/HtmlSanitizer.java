package dev.sitegen.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans the HTML rendered from docs with an allowlist: structure, tables, images, code,
 * details/summary and ids stay; scripts, styles, frames, event handlers and {@code javascript:}
 * URLs go. Docs come from pull requests, so nothing in them may run on the site.
 */
final class HtmlSanitizer {

    /** A placeholder base so jsoup can judge relative links; it never appears in the output. */
    private static final String BASE = "https://site-gen.invalid/";

    /** Parsed once: every doc page is sanitized, and parsing the query each time showed in profiles. */
    private static final Evaluator SCROLLABLE = QueryParser.parse("pre, table");

    private final Safelist safelist = Safelist.relaxed()
            .addTags("details", "summary", "aside", "section", "figure", "figcaption", "hr", "del", "s",
                    "kbd", "mark", "abbr")
            .addAttributes(":all", "id", "class", "title", "role", "aria-label", "aria-hidden", "open")
            .addAttributes("a", "name")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    String sanitizeHtml(String html) {
        return sanitizeBody(html).html();
    }

    /**
     * The clean tree itself, for a caller that reads it as well as printing it (search indexing splits a
     * doc's sections from it instead of parsing the page again).
     */
    Element sanitizeBody(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // Code blocks and wide tables scroll sideways on small screens; keyboard users must reach them.
        clean.body().select(SCROLLABLE).attr("tabindex", "0");
        return clean.body();
    }
}
