package dev.sitegen.verify;

/**
 * A link from one page to another file of the site, kept until every file is written.
 *
 * @param href the link as written on the page
 * @param path the site path it resolves to (a folder ends with {@code /})
 * @param fragment the anchor it asks for, empty for none
 */
record PendingLink(String href, String path, String fragment) {
}
