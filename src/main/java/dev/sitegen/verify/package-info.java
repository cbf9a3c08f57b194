/**
 * Verifies the rendered site before it is published: every internal {@code href} and {@code src}
 * of every page leads to a file the site has, and every {@code #fragment} to an id on its target;
 * broken links are traced back to the markdown line (or template) that wrote them. Pages are
 * scanned as they are written, so only ids and links stay in memory. External links are checked
 * for syntax only, unless probing is asked for; there is no network use by default.
 */
package dev.sitegen.verify;
