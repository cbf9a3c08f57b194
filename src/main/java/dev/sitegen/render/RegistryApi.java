package dev.sitegen.render;

import java.util.List;

/** The JSON of {@code api/registry.json}: every connector of the catalog, sorted by name. */
public record RegistryApi(List<Entry> connectors) {

    /** One connector's summary; {@code docsPath} is relative to the site root. */
    public record Entry(String id, String name, String type, String subtype, String version,
                        String supportLevel, String releaseStage, String docsPath) {
    }
}
