package dev.sitegen.render;

import java.util.List;

/**
 * The JSON of {@code api/connectors/<connector-dir>.json} (ARCHITECTURE.md contract). Changelog rows are
 * in written order with raw text where a cell did not parse; {@code pr} is null without a number.
 */
public record ConnectorApi(String id, String name, String definitionId, String type, String subtype,
                           String version, String supportLevel, String releaseStage, String license,
                           String dockerRepository, String docsPath, String documentationUrl,
                           List<Row> changelog, List<Breaking> breakingChanges, List<Release> timeline) {

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
}
