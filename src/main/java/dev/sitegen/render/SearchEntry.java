package dev.sitegen.render;

import java.util.List;

/** One connector in {@code search-index.json}: what the catalog search matches and where it leads. */
public record SearchEntry(String id, String name, String type, String subtype, List<String> tags,
                          String supportLevel, String releaseStage, String version, String href,
                          boolean breakingPending) {
}
