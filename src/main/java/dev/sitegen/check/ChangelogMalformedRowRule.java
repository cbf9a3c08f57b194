package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SemVers;
import dev.sitegen.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code changelog-malformed-row}: a row whose shape is wrong (cell count other than the header's)
 * or whose version cell is not SemVer. Such a row is still shown as written, but the version checks
 * cannot see it, so a real release can hide behind a typo like {@code 2.0.0.rc4}.
 */
final class ChangelogMalformedRowRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-malformed-row", Severity.WARNING,
            "A changelog row has the wrong number of cells or a version that is not SemVer.",
            "Each changelog row has the header's cells (Version, Date, Pull Request, "
                    + "Subject) and a SemVer version MAJOR.MINOR.PATCH[-PRERELEASE]. Rows that break this are "
                    + "kept as written but ignored by the version checks. Escape a pipe inside a subject as '\\|'.",
                    """
                    | 2.0.0.rc4 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | New auth
                    | 1.9.0 | 2024-05-01 | a | b | c |
                    """,
                    """
                    | 2.0.0-rc.4 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | New auth |
                    | 1.9.0      | 2024-05-01 | [90](https://github.com/acme/connectors/pull/90)   | a \\| b   |
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
        for (ChangelogEntry e : Versions.listRows(c)) {
            List<String> problems = new ArrayList<>();
            List<String> fixes = new ArrayList<>();
            e.rowProblem().ifPresent(p -> {
                problems.add(p);
                fixes.add("give the row exactly the header's cells (escape a '|' inside a cell as '\\|')");
            });
            if (e.version().isEmpty()) {
                problems.add(e.rawVersion().isBlank() ? "the version cell is empty"
                        : "version '" + e.rawVersion() + "' is not SemVer");
                fixes.add(suggestVersion(e.rawVersion())
                        .map(v -> "write '" + v + "' in the Version cell")
                        .orElse("write the released version as MAJOR.MINOR.PATCH in the Version cell, or delete the row"));
            }
            if (!problems.isEmpty()) {
                out.add(INFO.createDiagnostic(c, e.pos(), "malformed changelog row: " + String.join("; ", problems),
                        String.join("; ", fixes)));
            }
        }
    }

    /** The SemVer a near-miss most likely means: {@code 0.1.3.} to 0.1.3, {@code 2.0.0.rc4} to 2.0.0-rc.4. */
    static Optional<String> suggestVersion(String raw) {
        String t = raw.replace("`", "").strip();
        if (t.startsWith("v") || t.startsWith("V")) {
            t = t.substring(1);
        }
        t = t.replaceAll("\\.+$", "").replaceAll("[.-]?(rc|alpha|beta)\\.?(\\d+)$", "-$1.$2");
        return SemVers.parseVersion(t).map(v -> v.getVersion());
    }
}
