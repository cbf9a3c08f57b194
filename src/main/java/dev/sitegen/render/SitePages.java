package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.UrlPaths;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog-wide pages and files: breaking changes, releases, Atom feeds (catalog releases,
 * breaking changes, one per connector), the deadline calendar, 404, robots.txt and the sitemap.
 * Runs after every other page so the sitemap lists them all.
 */
final class SitePages {

    private final RenderContext ctx;
    private final Workers workers;

    SitePages(RenderContext ctx, Workers workers) {
        this.ctx = ctx;
        this.workers = workers;
    }

    void renderSitePages(Catalog catalog, TimelineCache timelines, SiteSink sink) {
        List<BreakingChangeView> changes = BreakingChangeViews.listBreakingChanges(catalog, ctx.asOf, workers);
        String bcFile = SitePaths.BREAKING_CHANGES + "/index.html";
        ctx.writeHtml(sink, bcFile, "breaking-changes", new SitePageViews.BreakingChangesPage(ctx.siteView(bcFile),
                ctx.asOf.toString(), changes.stream().filter(BreakingChangeView::upcoming).toList(),
                changes.stream().filter(c -> !c.upcoming() && c.deadlineIso().isPresent()).toList(),
                changes.stream().filter(c -> c.deadlineIso().isEmpty()).toList()));
        Feeds feeds = new Feeds(ctx);
        // Each connector's releases make its own feed here; only those that can be among the catalog's
        // latest are kept, so a large catalog never holds every release view at once.
        Optional<LocalDate> cutoff = ReleaseViews.findCutoff(catalog.connectors(), timelines, ctx.asOf);
        List<List<ReleaseView>> latestByConnector = workers.mapInOrder(catalog.connectors(), c -> {
            List<ReleaseView> own = ReleaseViews.listConnectorReleases(c, timelines.of(c), ctx.asOf);
            String path = SitePaths.FEEDS + "/connectors/" + c.dir() + ".xml";
            writeXml(sink, path, feeds.createReleasesFeed(path, c.metadata().name() + " releases", own));
            return ReleaseViews.keepLatest(own, cutoff);
        });
        List<ReleaseView> releases = ReleaseViews.listLatestReleases(latestByConnector);
        String relFile = SitePaths.RELEASES + "/index.html";
        ctx.writeHtml(sink, relFile, "releases", new SitePageViews.ReleasesPage(ctx.siteView(relFile),
                releases.size(), ReleaseViews.groupByWeek(releases)));
        ChecksPage.renderChecksPage(ctx, sink);
        String releasesFeed = SitePaths.FEEDS + "/releases.xml";
        writeXml(sink, releasesFeed, feeds.createReleasesFeed(releasesFeed,
                ctx.config.title() + ": releases", releases));
        writeXml(sink, SitePaths.FEEDS + "/breaking-changes.xml", feeds.createBreakingChangesFeed(changes));
        sink.writeFile(SitePaths.CALENDAR, CalendarWriter.writeCalendar(ctx.config.title(), changes, ctx.urls, ctx.asOf));
        ctx.writeHtml(sink, SitePaths.NOT_FOUND, "404", new SitePageViews.NotFoundPage(
                new SiteView(ctx.config.title(), ctx.baseUrl.orElse("/"))));
        sink.writeFile(SitePaths.ROBOTS, ("User-agent: *\nAllow: /\nSitemap: " + ctx.urls.absolute(SitePaths.SITEMAP) + "\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The sitemap of every HTML page written so far; runs last. */
    void writeSitemap(PageListSink sink) {
        List<String> urls = new ArrayList<>();
        for (String page : sink.listHtmlPages()) {
            if (page.equals(SitePaths.NOT_FOUND)) {
                continue;
            }
            urls.add(ctx.urls.absolute(UrlPaths.stripIndexFile(page)));
        }
        sink.writeFile(SitePaths.SITEMAP, ctx.templates.renderTemplate("sitemap", new SitePageViews.Sitemap(urls))
                .getBytes(StandardCharsets.UTF_8));
    }

    private void writeXml(SiteSink sink, String path, FeedView feed) {
        sink.writeFile(path, ctx.templates.renderTemplate("atom", feed).getBytes(StandardCharsets.UTF_8));
    }
}
