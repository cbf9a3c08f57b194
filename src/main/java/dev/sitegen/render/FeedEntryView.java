package dev.sitegen.render;

/** One Atom entry: absolute id and link, an RFC 3339 timestamp, a title and a plain-text summary. */
public record FeedEntryView(String id, String title, String href, String updated, String summary) {
}
