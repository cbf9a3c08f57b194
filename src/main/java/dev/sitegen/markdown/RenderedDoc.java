package dev.sitegen.markdown;

import java.util.List;
import java.util.Optional;

/**
 * A doc turned into an HTML fragment, with its leading {@code # Title} taken out when it had one,
 * the headings left in the body in document order (for a table of contents), and its links and
 * images with their source positions (so a link broken on the page can be blamed on its line).
 * {@code plainTextReason} says why a doc was shown as plain text instead (see {@link MarkdownLimits}).
 */
public record RenderedDoc(Optional<String> title, String html, List<HeadingInfo> headings, List<DocLink> links,
                          Optional<String> plainTextReason) {

    public RenderedDoc {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
    }

    /** A doc rendered as markdown. */
    public RenderedDoc(Optional<String> title, String html, List<HeadingInfo> headings, List<DocLink> links) {
        this(title, html, headings, links, Optional.empty());
    }

    /** A rendered doc whose links were not tracked. */
    public RenderedDoc(Optional<String> title, String html, List<HeadingInfo> headings) {
        this(title, html, headings, List.of());
    }
}
