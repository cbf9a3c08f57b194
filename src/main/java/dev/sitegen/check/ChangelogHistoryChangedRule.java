package dev.sitegen.check;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.semver4j.Semver;

/**
 * {@code changelog-history-changed}: with {@code --changed-since}, the row of a version released at
 * the ref (in its table then, and not above its {@code dockerImageTag} then) is gone from the table,
 * deleted or given another version. Editing a subject is fine. A row whose subject is still there
 * under another version is blamed where it is now; a deleted row at the table. Without a table today
 * nothing is compared ({@code changelog-missing} says so).
 */
final class ChangelogHistoryChangedRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-history-changed", Severity.ERROR,
            "With --changed-since: the changelog row of a version released at the base ref was deleted or renumbered.",
            "The changelog is the record of what users ran: a released version's row must stay, with its "
                    + "version, so the page and the registry agree on history. Fix a subject's wording freely; "
                    + "add a new row for a new version instead of rewriting an old one.",
                    """
                    base:  | 1.2.0 | 2024-05-01 | [120](...) | Add stream 'orders' |
                    now:   | 1.2.1 | 2024-05-01 | [120](...) | Add stream 'orders' |
                    """,
                    """
                    base:  | 1.2.0 | 2024-05-01 | [120](...) | Add stream 'orders' |
                    now:   | 1.2.0 | 2024-05-01 | [120](...) | Add the 'orders' stream |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        Optional<Changelog> table = c.changelog();
        if (table.isEmpty() || !ctx.ownsChangelogRows(c)) {
            return;
        }
        ctx.base().findChange(c.dir()).ifPresent(change -> change.baseChangelog().ifPresent(before -> {
            Optional<Semver> released = change.baseMetadata().flatMap(m -> m.imageTag().semver());
            Set<Semver> now = table.get().entries().stream().map(ChangelogEntry::version).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Semver> then = before.entries().stream().map(ChangelogEntry::version).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Semver> reported = new TreeSet<>();
            for (ChangelogEntry row : before.entries()) {
                Optional<Semver> v = row.version();
                if (v.isEmpty() || released.filter(r -> v.get().compareTo(r) > 0).isPresent()
                        || now.contains(v.get()) || !reported.add(v.get())) {
                    continue;
                }
                Optional<ChangelogEntry> moved = findRenumbered(table.get(), row, then);
                SourcePos pos = moved.map(ChangelogEntry::pos).orElse(table.get().pos());
                String what = moved.map(m -> "now says " + m.rawVersion().strip()).orElse("was deleted");
                out.add(INFO.createDiagnostic(c, pos, "the row of " + v.get().getVersion() + ", released at "
                        + ctx.base().ref() + ", " + what, "restore the row of " + v.get().getVersion()
                        + " as it was; add a new row for a new version"));
            }
        }));
    }

    /** The row with {@code row}'s subject under a version the table did not have at the ref, if any. */
    private static Optional<ChangelogEntry> findRenumbered(Changelog table, ChangelogEntry row, Set<Semver> then) {
        String subject = row.subject().strip();
        return subject.isEmpty() ? Optional.empty() : table.entries().stream()
                .filter(e -> e.subject().strip().equals(subject))
                .filter(e -> e.version().filter(then::contains).isEmpty()).findFirst();
    }
}
