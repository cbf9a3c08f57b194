package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.IsoDates;
import dev.sitegen.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code breaking-change-deadline}: a breaking change without a usable {@code upgradeDeadline}:
 * missing, not a real {@code YYYY-MM-DD} date (an unquoted YAML date is fine; its text is a date),
 * or earlier than the version's release date in the changelog, which would leave users no time.
 */
final class BreakingChangeDeadlineRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("breaking-change-deadline", Severity.ERROR,
            "A breaking change's upgradeDeadline is missing, not a YYYY-MM-DD date, or before its release.",
            "Users get until upgradeDeadline to move to the breaking version; after it "
                    + "the platform upgrades or pauses their connections. Write it as a real date, YYYY-MM-DD, "
                    + "no earlier than the date of the version's changelog row.",
                    """
                    2.0.0:
                      message: New auth flow; re-authenticate.
                      upgradeDeadline: 14/07/2024
                    """,
                    """
                    2.0.0:
                      message: New auth flow; re-authenticate.
                      upgradeDeadline: "2024-07-14"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        for (BreakingChange bc : c.metadata().breakingChanges()) {
            String version = bc.version().raw();
            if (bc.upgradeDeadline().isEmpty()) {
                out.add(INFO.createDiagnostic(c, bc.pos(), "breaking change " + version + " has no upgradeDeadline",
                        "add 'upgradeDeadline: \"YYYY-MM-DD\"' under '" + version + ":' in " + c.metadataFile()));
                continue;
            }
            Deadline deadline = bc.upgradeDeadline().get();
            String text = deadline.raw().strip();
            if (deadline.date().isEmpty()) {
                String fix = IsoDates.guessDate(text).map(d -> "write 'upgradeDeadline: \"" + d + "\"'")
                        .orElse("write the deadline as 'upgradeDeadline: \"YYYY-MM-DD\"'");
                out.add(INFO.createDiagnostic(c, deadline.pos(), "upgradeDeadline '" + text + "' of breaking change "
                        + version + " is not a YYYY-MM-DD date", fix));
                continue;
            }
            Optional<LocalDate> released = Versions.findRow(c, bc.version()).flatMap(ChangelogEntry::date);
            if (released.isPresent() && deadline.date().get().isBefore(released.get())) {
                out.add(INFO.createDiagnostic(c, deadline.pos(), "upgradeDeadline " + text + " of breaking change "
                                + version + " is before its release on " + released.get(),
                        "set 'upgradeDeadline: \"YYYY-MM-DD\"' to a date on or after " + released.get()));
            }
        }
    }
}
