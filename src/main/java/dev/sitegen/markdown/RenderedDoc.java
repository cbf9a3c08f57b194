package dev.sitegen.markdown;

import java.util.Optional;

/** A doc turned into an HTML fragment, with its leading {@code # Title} taken out when it had one. */
public record RenderedDoc(Optional<String> title, String html) {
}
