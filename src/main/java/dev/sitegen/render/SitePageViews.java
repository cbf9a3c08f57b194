package dev.sitegen.render;

import java.util.List;

/** The views of the site-wide pages, each a small record the templates read. */
final class SitePageViews {

    private SitePageViews() {
    }

    /** {@code breaking-changes/index.html}: upcoming deadlines first, then past, then undated. */
    public record BreakingChangesPage(SiteView site, String asOf, List<BreakingChangeView> upcoming,
                                      List<BreakingChangeView> past, List<BreakingChangeView> undated) {
    }

    /** {@code releases/index.html}: the latest releases grouped by week. */
    public record ReleasesPage(SiteView site, int count, List<ReleaseWeekView> weeks) {
    }

    /** {@code 404.html}, whose links must work from any path, so {@code root} is absolute. */
    public record NotFoundPage(SiteView site) {
    }

    /** {@code sitemap.xml}: absolute URLs of every page. */
    public record Sitemap(List<String> urls) {
    }
}
