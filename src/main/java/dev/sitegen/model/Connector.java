package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A connector with valid metadata and what was found for it: the URL path its page is published at
 * (from its doc, else its {@code documentationUrl}; no leading or trailing slash), its doc page, its
 * own changelog table (its sub-table in a shared doc), its migration guide and its icon file
 * (paths relative to the build root), and every file it was built from ({@code inputs}). {@code dir} is
 * the connector's folder name, its stable id. {@code spec} is its configuration spec, when its folder has
 * a spec file that reads as one.
 */
public record Connector(String dir, String metadataFile, Metadata metadata, String pagePath,
                        Optional<DocPage> doc, Optional<Changelog> changelog,
                        Optional<MigrationGuide> migrationGuide, Optional<String> iconFile,
                        ConnectorInputs inputs, Optional<Spec> spec) {

    /**
     * Every stream's name, sorted, when all are known: the spec is the folder's own {@code manifest.yaml} (a
     * manifest-only connector) and lists its streams without dynamic ones. A package's manifest belongs to a
     * Python connector whose code may add streams, and a {@code spec.json} lists none, so neither says.
     */
    public Optional<List<String>> listKnownStreams() {
        return spec.flatMap(s -> s.findKnownStreams(folder()));
    }

    /** The connector's folder relative to ROOT, with its trailing {@code /} (empty at ROOT itself). */
    public String folder() {
        return metadataFile.contains("/") ? metadataFile.substring(0, metadataFile.lastIndexOf('/') + 1) : "";
    }

    /** The folder name without its {@code source-}/{@code destination-} prefix. */
    public String shortName() {
        String prefix = metadata.connectorType().yamlName() + "-";
        return dir.startsWith(prefix) ? dir.substring(prefix.length()) : dir;
    }
}
