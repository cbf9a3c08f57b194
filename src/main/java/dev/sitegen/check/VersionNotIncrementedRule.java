package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Version;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code version-not-incremented}: with {@code --changed-since}, a file of the connector's folder
 * changed but {@code dockerImageTag} is the one it had at the ref, so the change would never be
 * released (the registry publishes by version) or would overwrite the published image. Its doc and
 * migration guide need no new version, nor does a change of {@code metadata.yaml} limited to
 * {@code registryOverrides} (how load compares them: {@link ConnectorChange}).
 */
final class VersionNotIncrementedRule implements ChangeRule {

    static final RuleInfo INFO = new RuleInfo("version-not-incremented", Severity.ERROR,
            "With --changed-since: a file in the connector's folder changed but dockerImageTag did not.",
            "A connector is released by its version: a change to its code, tests, build or metadata with "
                    + "the same dockerImageTag is never published, or replaces an image users already run. Bump "
                    + "the version and add a changelog row (site-gen bump CONNECTOR patch|minor|major). Changes "
                    + "to the connector's doc or migration guide, or to metadata.yaml's registryOverrides alone, "
                    + "need no new version.",
                    """
                    changed: airbyte-integrations/connectors/source-foo/source_foo/source.py
                    metadata.yaml:  dockerImageTag: 1.2.0     (1.2.0 at the base ref too)
                    """,
                    """
                    changed: airbyte-integrations/connectors/source-foo/source_foo/source.py
                    metadata.yaml:  dockerImageTag: 1.2.1     (1.2.0 at the base ref)
                    changelog:      | 1.2.1 | 2024-06-01 | [123](...) | Fix paging |
                    """);

    private static final int MAX_NAMED = 3;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out) {
        List<String> needVersion = listReleasedChanges(c, change);
        Version tag = c.metadata().imageTag();
        if (needVersion.isEmpty() || !isSameTag(before, tag)) {
            return;
        }
        String named = String.join(", ", needVersion.stream().limit(MAX_NAMED).toList())
                + (needVersion.size() > MAX_NAMED ? " and " + (needVersion.size() - MAX_NAMED) + " more" : "");
        out.add(INFO.createDiagnostic(c, tag.pos(), "dockerImageTag is still " + tag.raw() + " as at "
                + ctx.base().ref() + ", but " + named + " changed",
                "bump the version: site-gen bump " + c.dir() + (tag.semver().filter(v -> !v.getPreRelease().isEmpty())
                        .isPresent() ? " rc (or release)" : " patch (or minor, major)")));
    }

    /** The changed files of the folder that a release ships: not the doc, the guide, or overrides-only metadata. */
    private static List<String> listReleasedChanges(Connector c, ConnectorChange change) {
        Set<String> exempt = Set.copyOf(Stream.concat(c.doc().map(d -> d.file()).stream(),
                c.migrationGuide().map(MigrationGuide::page).map(p -> p.file()).stream()).toList());
        return change.changedFiles().stream()
                .filter(f -> !exempt.contains(f))
                .filter(f -> !f.equals(c.metadataFile()) || change.metadataChangedBeyondOverrides())
                .toList();
    }

    private static boolean isSameTag(Metadata before, Version tag) {
        return before.imageTag().semver().flatMap(b -> tag.semver().map(t -> Versions.isSameVersion(b, t)))
                .orElse(before.imageTag().raw().strip().equals(tag.raw().strip()));
    }
}
