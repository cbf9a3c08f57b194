package dev.sitegen.markdown;

import java.util.List;
import java.util.Optional;

/**
 * A doc turned into an HTML fragment, with its leading {@code # Title} taken out when it had one,
 * and the headings left in the body in document order (for a table of contents).
 */
public record RenderedDoc(Optional<String> title, String html, List<HeadingInfo> headings) {

    public RenderedDoc {
        headings = List.copyOf(headings);
    }
}
