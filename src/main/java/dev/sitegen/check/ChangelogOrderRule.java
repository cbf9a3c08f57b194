package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code changelog-order}: changelog rows must be newest first by SemVer precedence, because readers
 * (and the site's "latest" and timeline views) take the top row as the newest. Each row that is newer
 * than the versioned row above it is reported once; rows whose version does not parse are skipped
 * (they are {@code changelog-malformed-row}), and equal neighbours are {@code changelog-duplicate}.
 */
final class ChangelogOrderRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-order", Severity.ERROR,
            "Changelog rows are not in descending SemVer order (newest first).",
            "The changelog table lists releases newest first, ordered by SemVer "
                    + "precedence, not as text: 1.10.0 is newer than 1.9.0, and 2.0.0-rc.1 is older than 2.0.0.",
                    """
                    | 1.9.0  | 2024-05-01 | [90](https://github.com/acme/connectors/pull/90)   | ... |
                    | 1.10.0 | 2024-06-01 | [100](https://github.com/acme/connectors/pull/100) | ... |
                    """,
                    """
                    | 1.10.0 | 2024-06-01 | [100](https://github.com/acme/connectors/pull/100) | ... |
                    | 1.9.0  | 2024-05-01 | [90](https://github.com/acme/connectors/pull/90)   | ... |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (!ctx.ownsChangelogRows(c)) {
            return;
        }
        List<ChangelogEntry> rows = Versions.listVersionedRows(c);
        Versions.visitAdjacentRows(c, (aboveRow, row) -> {
            Semver above = aboveRow.version().orElseThrow();
            Semver here = row.version().orElseThrow();
            if (here.compareTo(above) > 0) {
                out.add(INFO.createDiagnostic(c, row.pos(), "changelog row " + here.getVersion()
                                + " is newer than the row above it (" + above.getVersion() + "); rows must be newest first",
                        "move this row " + describeTarget(rows, here)));
            }
        });
    }

    /** Where the row belongs: above the first row (in written order) that is older than it. */
    private static String describeTarget(List<ChangelogEntry> rows, Semver version) {
        Optional<ChangelogEntry> firstOlder = rows.stream()
                .filter(e -> e.version().orElseThrow().compareTo(version) < 0).findFirst();
        return firstOlder.map(e -> "above line " + e.pos().line() + " (row " + e.version().orElseThrow().getVersion() + ")")
                .orElse("to the top of the table");
    }
}
