package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.IsoDates;
import dev.sitegen.model.Severity;
import java.util.List;

/**
 * {@code changelog-date}: a changelog date that is not a real, zero-padded {@code YYYY-MM-DD}. The
 * site sorts and plots releases by date, and other formats ({@code 20.10.2021}, {@code 2021-24-05})
 * are ambiguous or wrong; a hint gives the ISO form when the intended date is clear. Rows with a
 * shape problem are left to {@code changelog-malformed-row}, since their cells may be shifted.
 */
final class ChangelogDateRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-date", Severity.WARNING,
            "A changelog date is not a real zero-padded YYYY-MM-DD date.",
            "Write release dates as ISO dates, year-month-day, zero-padded, and real "
                    + "(no month 24, no '??'). Other spellings cannot be sorted or shown on the timeline.",
                    """
                    | 1.2.0 | 2025-05-8       | ... | ... |
                    | 1.1.0 | August 16, 2022 | ... | ... |
                    | 1.0.0 | 2021-24-05      | ... | ... |
                    """,
                    """
                    | 1.2.0 | 2025-05-08 | ... | ... |
                    | 1.1.0 | 2022-08-16 | ... | ... |
                    | 1.0.0 | 2021-05-24 | ... | ... |
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
            if (e.rowProblem().isPresent()) {
                continue; // its cells may be shifted; changelog-malformed-row reports the row
            }
            String raw = e.rawDate().replace("`", "").strip();
            if (IsoDates.parseIsoDate(raw).isPresent()) {
                continue;
            }
            String message = raw.isEmpty() ? "changelog " + Versions.describeRow(e) + " has no date"
                    : "changelog date '" + e.rawDate() + "' is not a YYYY-MM-DD date";
            String fix = e.date().or(() -> IsoDates.guessDate(raw))
                    .map(d -> "write '" + d + "' in the Date cell")
                    .orElse("write the release date as YYYY-MM-DD (zero-padded, e.g. 2024-03-07) in the Date cell");
            out.add(INFO.createDiagnostic(c, e.pos(), message, fix));
        }
    }
}
