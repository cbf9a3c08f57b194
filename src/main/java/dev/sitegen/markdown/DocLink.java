package dev.sitegen.markdown;

/**
 * One link or image of a doc: the URL as written, as rewritten for the generated site, and where it
 * is written (1-based line and column in the doc's file; line 0 when it came from an embedded
 * snippet rather than the file). Link verification runs on the rendered pages, and this is how a
 * link found broken there is traced back to the markdown line a contributor can fix.
 *
 * @param written the URL in the markdown (or raw HTML) source
 * @param rewritten the URL the page links to; equal to {@code written} when left as written
 * @param image an image ({@code ![..](..)} or {@code <img src>}) rather than a link
 * @param rawHtml written in raw HTML ({@code <a href>}, {@code <img src>}), which is never rewritten
 * @param climbsAboveRoot a relative markdown link whose {@code ../} climbs above the docs root, so
 *     the renderer could not place it in the site and left it as written
 */
public record DocLink(String written, String rewritten, boolean image, boolean rawHtml, boolean climbsAboveRoot,
                      int line, int column) {

    /** A markdown link or image ({@code [..](..)}, {@code ![..](..)}, a reference definition, an autolink). */
    public static DocLink ofMarkdown(String written, String rewritten, boolean image, boolean climbsAboveRoot,
                                     int line, int column) {
        return new DocLink(written, rewritten, image, false, climbsAboveRoot, line, column);
    }

    /** An {@code href} or {@code src} of raw HTML, left as written. */
    public static DocLink ofRawHtml(String url, boolean image, int line, int column) {
        return new DocLink(url, url, image, true, false, line, column);
    }
}
