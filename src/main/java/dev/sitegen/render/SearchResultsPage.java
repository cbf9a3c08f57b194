package dev.sitegen.render;

import dev.sitegen.model.SitePaths;

/**
 * The search results page ({@code search/index.html}): a shell that {@code assets/search.js} fills from the
 * search data beside it ({@code search/meta.json}, term shards and entry files) for the query in its URL.
 * Nothing about the catalog is in it, so it is the same page for every build of a site.
 */
final class SearchResultsPage {

    static final String FILE = SitePaths.SEARCH + "/index.html";

    /** The page's view: the site alone (the catalog link of the no-JavaScript text is its root). */
    public record View(SiteView site) {
    }

    private SearchResultsPage() {
    }

    static void renderSearchPage(RenderContext ctx, SiteSink sink) {
        ctx.writeHtml(sink, FILE, "search", new View(ctx.siteView(FILE)));
    }
}
