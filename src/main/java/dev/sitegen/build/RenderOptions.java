package dev.sitegen.build;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What shapes the rendered bytes besides the inputs: the base URL (empty: relative links), the date
 * deadlines are judged against, and whether external links are probed after rendering.
 */
public record RenderOptions(Optional<String> baseUrl, LocalDate asOf, boolean external) {
}
