package dev.sitegen.model;

/**
 * One markdown file under the docs root: its path relative to the build root, the URL path it is
 * published at (for example {@code integrations/sources/postgres}, no leading or trailing slash)
 * and its text.
 */
public record DocPage(String file, String urlPath, String markdown) {
}
