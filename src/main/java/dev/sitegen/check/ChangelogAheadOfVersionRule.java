package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code changelog-ahead-of-version}: a changelog row is newer than the released dockerImageTag, so
 * the doc promises a version users cannot get (often a forgotten metadata bump, or a shared doc's
 * table that belongs to another connector). One cause, one diagnostic: reported once per connector,
 * at the newest such row, with the count of the others.
 */
final class ChangelogAheadOfVersionRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-ahead-of-version", Severity.ERROR,
            "A changelog row is newer than the connector's dockerImageTag.",
            "The changelog documents released versions only. A row newer than "
                    + "dockerImageTag means metadata.yaml was not bumped, or the row belongs to another "
                    + "connector (in a shared doc, give each connector its own 'Changelog: <connector>' table).",
                    """
                    metadata.yaml:  dockerImageTag: 1.2.0
                    changelog:      | 1.3.0 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | Add stream Y |
                    """,
                    """
                    metadata.yaml:  dockerImageTag: 1.3.0
                    changelog:      | 1.3.0 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | Add stream Y |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        Optional<Semver> tag = c.metadata().imageTag().semver();
        if (tag.isEmpty()) {
            return;
        }
        List<ChangelogEntry> ahead = Versions.listRows(c).stream()
                .filter(e -> e.version().filter(v -> v.compareTo(tag.get()) > 0).isPresent()).toList();
        if (ahead.isEmpty()) {
            return;
        }
        ChangelogEntry first = ahead.get(0);
        String version = first.version().orElseThrow().getVersion();
        String more = ahead.size() > 1 ? " (and " + (ahead.size() - 1) + " more row(s))" : "";
        out.add(INFO.createDiagnostic(c, first.pos(), "changelog row " + version + more
                + " is newer than dockerImageTag " + tag.get().getVersion(), describeFix(c, ctx, version)));
    }

    private static String describeFix(Connector c, CheckContext ctx, String version) {
        List<String> sharers = ctx.listTableSharers(c);
        if (!sharers.isEmpty()) {
            return "this table is also " + String.join(", ", sharers) + "'s: give " + c.dir()
                    + " its own table under a '### Changelog: " + c.dir() + "' heading in " + c.changelog()
                    .orElseThrow().pos().file() + ", starting with its row for " + c.metadata().dockerImageTag();
        }
        return "set 'dockerImageTag: " + version + "' in " + c.metadataFile() + " if " + version
                + " is released, else delete the rows newer than " + c.metadata().dockerImageTag();
    }
}
