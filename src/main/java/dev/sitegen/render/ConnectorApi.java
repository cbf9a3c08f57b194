package dev.sitegen.render;

import java.util.List;

/**
 * The JSON of {@code api/connectors/<connector-dir>.json} (ARCHITECTURE.md contract). Changelog rows are
 * in written order with raw text where a cell did not parse; {@code pr} is null without a number.
 * {@code spec} and {@code streams} are null for a connector without a spec.
 */
public record ConnectorApi(String id, String name, String definitionId, String type, String subtype,
                           String version, String supportLevel, String releaseStage, String license,
                           String dockerRepository, String docsPath, String documentationUrl,
                           List<Row> changelog, List<Breaking> breakingChanges, List<Release> timeline,
                           SpecDoc spec, Streams streams) {

    /** A changelog row. */
    public record Row(String version, String date, Integer pr, String prUrl, String subject) {
    }

    /** A declared breaking change; {@code migrationUrl} is the guide's section when one exists. */
    public record Breaking(String version, String upgradeDeadline, String message, List<String> scopedImpact,
                           String migrationUrl) {
    }

    /** A timeline entry: SemVer releases newest first with their classification. */
    public record Release(String version, String kind, String date, boolean breaking, boolean current,
                          List<String> pinnedBy) {
    }

    /** The connector's spec file (relative to ROOT) and every field, depth first in spec order. */
    public record SpecDoc(String file, List<Field> fields) {
    }

    /**
     * A spec field; {@code path} in the docs' FieldAnchor notation, {@code default} as written (null when
     * none), {@code enum} the allowed values (a {@code const} is the one allowed value).
     */
    public record Field(String path, String title, String type, boolean required, boolean secret,
                        @com.fasterxml.jackson.annotation.JsonProperty("default") String defaultValue,
                        String description, @com.fasterxml.jackson.annotation.JsonProperty("enum") List<String> enumValues) {
    }

    /** The streams: {@code status} listed, dynamic (some known only at run time) or undeclared (spec.json). */
    public record Streams(String status, List<String> names) {
    }
}
