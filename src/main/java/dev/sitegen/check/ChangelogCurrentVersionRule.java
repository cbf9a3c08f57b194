package dev.sitegen.check;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;

/**
 * {@code changelog-current-version}: the released version ({@code dockerImageTag}) has no changelog
 * row, so the doc does not say what users are running. Compared as SemVer, exactly: 1.2.1 is not
 * satisfied by 1.2.10, and a release candidate needs its own row.
 */
final class ChangelogCurrentVersionRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-current-version", Severity.ERROR,
            "The current dockerImageTag has no row in the connector's changelog.",
            "Each release adds a row to the top of the changelog table for the exact "
                    + "version in metadata.yaml's dockerImageTag. Versions are compared as SemVer: 1.2.1 is "
                    + "not 1.2.10, and 3.7.2-rc.1 needs its own row (3.7.2 does not cover it).",
                    """
                    metadata.yaml:  dockerImageTag: 1.2.1
                    changelog:      | 1.2.0 | 2024-04-30 | [120](https://github.com/acme/connectors/pull/120) | Fix paging |
                    """,
                    """
                    metadata.yaml:  dockerImageTag: 1.2.1
                    changelog:      | 1.2.1 | 2024-05-02 | [123](https://github.com/acme/connectors/pull/123) | Retry on 429 |
                                    | 1.2.0 | 2024-04-30 | [120](https://github.com/acme/connectors/pull/120) | Fix paging   |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.changelog().isEmpty()) {
            return;
        }
        String tag = c.metadata().dockerImageTag();
        if (Versions.findRow(c, c.metadata().imageTag()).isPresent()) {
            return;
        }
        Changelog changelog = c.changelog().get();
        out.add(INFO.createDiagnostic(c, c.metadata().imageTag().pos(),
                "dockerImageTag " + tag + " has no row in the changelog of " + changelog.pos().file(),
                "add '" + Places.changelogRow(tag, ctx) + "' " + Places.topOfTable(changelog)));
    }
}
