package dev.sitegen.render;

import dev.sitegen.model.SitePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Atom feeds. Entry ids are absolute URLs of what they announce; {@code updated} is the
 * newest entry's date (or the as-of date for an empty feed), never the clock.
 */
final class Feeds {

    private static final int MAX_ENTRIES = 100;

    private final RenderContext ctx;

    Feeds(RenderContext ctx) {
        this.ctx = ctx;
    }

    FeedView createReleasesFeed(String path, String title, List<ReleaseView> releases) {
        List<FeedEntryView> entries = new ArrayList<>();
        for (ReleaseView r : releases.subList(0, Math.min(MAX_ENTRIES, releases.size()))) {
            String kind = r.breaking() ? "breaking " + r.kind() : r.kind();
            entries.add(new FeedEntryView(ctx.urls.absolute(r.href()), r.connectorName() + " " + r.version()
                    + " (" + kind + ")", ctx.urls.absolute(r.href()), timestamp(r.date()), r.subjectText()));
        }
        return feed(path, title, entries);
    }

    FeedView createBreakingChangesFeed(List<BreakingChangeView> changes) {
        List<FeedEntryView> entries = new ArrayList<>();
        for (BreakingChangeView c : changes) {
            String href = ctx.urls.absolute(c.migrationHref().orElse(c.connectorHref()));
            String deadline = c.deadlineIso().map(d -> "upgrade by " + d).orElse("no deadline set");
            entries.add(new FeedEntryView(ctx.urls.absolute(c.connectorHref()) + "#breaking-" + c.version(),
                    c.connectorName() + " " + c.version() + ": " + deadline, href,
                    timestamp(announcedOn(c)), c.message()));
        }
        entries.sort((a, b) -> b.updated().compareTo(a.updated()));
        return feed(SitePaths.FEEDS + "/breaking-changes.xml", ctx.config.title() + ": breaking changes",
                entries.subList(0, Math.min(MAX_ENTRIES, entries.size())));
    }

    /** A deadline still ahead is news as of the build date; a past one as of its deadline. */
    private String announcedOn(BreakingChangeView c) {
        String asOf = ctx.asOf.toString();
        return c.deadlineIso().filter(d -> d.compareTo(asOf) < 0).orElse(asOf);
    }

    private FeedView feed(String path, String title, List<FeedEntryView> entries) {
        String updated = entries.stream().map(FeedEntryView::updated).max(String::compareTo)
                .orElse(timestamp(ctx.asOf.toString()));
        return new FeedView(ctx.urls.absolute(path), title, ctx.urls.absolute(path), ctx.urls.absolute(""),
                updated, List.copyOf(entries));
    }

    private static String timestamp(String isoDate) {
        return isoDate + "T00:00:00Z";
    }
}
