package dev.sitegen.render;

import java.util.List;

/**
 * An Atom feed: its absolute id/self link, the site link, a title, {@code updated} taken from the
 * newest entry (never the clock, so builds stay reproducible) and the entries, newest first.
 */
public record FeedView(String id, String title, String selfHref, String siteHref, String updated,
                       List<FeedEntryView> entries) {
}
