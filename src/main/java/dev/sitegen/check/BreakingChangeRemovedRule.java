package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code breaking-change-removed}: with {@code --changed-since}, an entry of
 * {@code releases.breakingChanges} present at the ref is gone, or its {@code upgradeDeadline} moved
 * earlier. Users were promised that notice and that time; the platform reads both. Entries are matched
 * by their version key as written; a deadline that is no date on either side is not compared.
 */
final class BreakingChangeRemovedRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("breaking-change-removed", Severity.ERROR,
            "With --changed-since: a breakingChanges entry of the base ref was removed or its deadline moved earlier.",
            "A published breaking change is a promise to users: the platform shows its message and holds "
                    + "the upgrade until its upgradeDeadline. Removing the entry silently upgrades users into "
                    + "the break; an earlier deadline takes time they were given. Keep past entries; a deadline "
                    + "may only move later.",
                    """
                    base:  breakingChanges: { 2.0.0: { upgradeDeadline: "2024-09-01", ... } }
                    now:   breakingChanges: { 2.0.0: { upgradeDeadline: "2024-08-01", ... } }
                    """,
                    """
                    base:  breakingChanges: { 2.0.0: { upgradeDeadline: "2024-09-01", ... } }
                    now:   breakingChanges: { 2.0.0: { upgradeDeadline: "2024-10-01", ... } }
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        List<BreakingChange> before = ctx.base().findChange(c.dir()).flatMap(ch -> ch.baseMetadata())
                .map(m -> m.breakingChanges()).orElse(List.of());
        String ref = ctx.base().ref();
        for (BreakingChange old : before) {
            Optional<BreakingChange> now = c.metadata().breakingChanges().stream()
                    .filter(b -> b.version().raw().strip().equals(old.version().raw().strip())).findFirst();
            if (now.isEmpty()) {
                out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf("releases.breakingChanges"),
                        "the breaking change for " + old.version().raw() + " declared at " + ref + " was removed",
                        "restore the '" + old.version().raw() + ":' entry under releases.breakingChanges"));
                continue;
            }
            Optional<LocalDate> oldDate = old.upgradeDeadline().flatMap(Deadline::date);
            Optional<Deadline> newDeadline = now.get().upgradeDeadline();
            if (oldDate.isPresent() && newDeadline.flatMap(Deadline::date).filter(d -> d.isBefore(oldDate.get())).isPresent()) {
                out.add(INFO.createDiagnostic(c, newDeadline.get().pos(), "the upgradeDeadline of "
                        + old.version().raw() + " moved earlier, from " + oldDate.get() + " at " + ref + " to "
                        + newDeadline.get().raw(), "keep upgradeDeadline at " + oldDate.get() + " or later"));
            }
        }
    }
}
