package dev.sitegen.render;

/**
 * What every template knows about the site: its title and {@code root}, the prefix that leads from
 * the current page to the site root (relative like {@code ../../} by default, or the
 * {@code --base-url} path when one is given).
 */
public record SiteView(String title, String root) {
}
