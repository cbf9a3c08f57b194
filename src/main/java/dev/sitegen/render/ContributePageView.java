package dev.sitegen.render;

import java.util.List;

/**
 * "Contribute to <connector>": the files to edit (paths from the repository root), the current and
 * next versions, ready-to-paste snippets for the next release and the connector's check results. The
 * commands work pasted at the repository root. {@code streams} are the stream names the connector's spec
 * files list, sorted; {@code streamsComplete} says they are all its streams, so {@code bump --streams} and
 * {@code breaking-change-unknown-stream} hold a breaking change's {@code scopedImpact} to them.
 */
public record ContributePageView(SiteView site, String name, String dir, String connectorHref,
                                 List<FileRef> files, String current, String nextPatch, String nextMinor,
                                 String nextMajor, String changelogRow, String breakingChangeYaml,
                                 String migrationHeading, String bumpCommand, String checkCommand,
                                 List<Finding> findings, List<String> streams, boolean streamsComplete,
                                 TrailView trail, ConnectorNavView nav) {

    public ContributePageView {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        streams = List.copyOf(streams);
    }

    /** A file a contributor edits; {@code exists} is false for a file they would create. */
    public record FileRef(String label, String path, boolean exists) {
    }

    /** One check result for the connector, with a link to its rule in the checks reference. */
    public record Finding(String severity, String rule, String location, String message, String hint) {
    }
}
