package dev.sitegen.render;

/** A line of a page's table of contents. */
public record TocEntry(int level, String text, String id) {
}
