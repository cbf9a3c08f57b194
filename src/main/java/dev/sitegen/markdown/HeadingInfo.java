package dev.sitegen.markdown;

/**
 * A heading of a rendered doc as a table of contents needs it: level 1-6, its plain text and the
 * page-unique {@code id} it was rendered with.
 */
public record HeadingInfo(int level, String text, String id) {
}
