package dev.sitegen.render;

import java.util.List;

/**
 * A catalog filter: its URL query key, label and options with the number of connectors each
 * matches (the counts the page shows without JavaScript; the script recomputes them as filters change).
 */
public record FacetView(String key, String label, List<Option> options) {

    /** One value of the filter. */
    public record Option(String value, String label, long count) {
    }
}
