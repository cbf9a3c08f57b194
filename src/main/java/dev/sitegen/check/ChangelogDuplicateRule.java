package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;

/**
 * {@code changelog-duplicate}: two neighbouring versioned rows name the same version (by SemVer
 * precedence, so {@code `1.2.0`} and {@code 1.2.0} are the same). A version is released once; the
 * repeat is usually a copy-paste that forgot to bump, and the site can show only one of them.
 */
final class ChangelogDuplicateRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-duplicate", Severity.ERROR,
            "Two adjacent changelog rows have the same version.",
            "Each version appears once in the changelog. When one release had several "
                    + "changes, list them in one row's subject; when the second row is a later release, give "
                    + "it its own version (and bump dockerImageTag).",
                    """
                    | 1.2.0 | 2024-06-02 | [131](https://github.com/acme/connectors/pull/131) | Fix typo     |
                    | 1.2.0 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | Add stream Y |
                    """,
                    """
                    | 1.2.1 | 2024-06-02 | [131](https://github.com/acme/connectors/pull/131) | Fix typo     |
                    | 1.2.0 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | Add stream Y |
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
        Versions.visitAdjacentRows(c, (above, here) -> {
            if (Versions.isSameVersion(here.version().orElseThrow(), above.version().orElseThrow())) {
                String version = here.version().orElseThrow().getVersion();
                out.add(INFO.createDiagnostic(c, here.pos(), "changelog row " + version
                                + " repeats the version of the row above it (line " + above.pos().line() + ")",
                        "merge this row's subject into line " + above.pos().line()
                                + " and delete this row, or write the version it really released"));
            }
        });
    }
}
