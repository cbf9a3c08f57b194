package dev.sitegen.check;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SemVers;
import dev.sitegen.model.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.semver4j.Semver;

/**
 * {@code major-bump-undeclared}: the changelog has a major release {@code X.0.0} (X >= 1) following
 * a lower major, yet {@code releases.breakingChanges} has no entry for it, so the platform will
 * upgrade users to it silently, with no deadline and no migration guide. An error for the current
 * tag (it is about to reach users), a warning for history. Prereleases of X.0.0 between the two are
 * skipped; an entry keyed by X.0.0 or one of its prereleases declares the bump.
 */
final class MajorBumpUndeclaredRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("major-bump-undeclared", Severity.ERROR,
            "A major version in the changelog has no releases.breakingChanges entry (warning for past versions).",
            "A major version tells users something breaks. Declare it in metadata.yaml "
                    + "under releases.breakingChanges, with a message and an upgradeDeadline, so the platform "
                    + "warns users and holds the upgrade until they act. If nothing breaks, release a minor instead.",
                    """
                    metadata.yaml:  dockerImageTag: 2.0.0        (no releases.breakingChanges)
                    changelog:      | 2.0.0 | ... | Drop stream 'legacy' |
                                    | 1.9.0 | ... |
                    """,
                    """
                    metadata.yaml:  releases:
                                      breakingChanges:
                                        2.0.0:
                                          message: Stream 'legacy' was removed.
                                          upgradeDeadline: "2024-09-01"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        List<ChangelogEntry> rows = Versions.listRows(c).stream().filter(e -> e.version().isPresent()).toList();
        Optional<Semver> tag = c.metadata().imageTag().semver();
        Set<Semver> reported = new TreeSet<>();
        for (ChangelogEntry e : rows) {
            Semver v = e.version().orElseThrow();
            if (!reported.add(v) || v.getMajor() < 1 || !SemVers.isMajorShape(v) || !followsLowerMajor(rows, v) || isDeclared(c, v)) {
                continue;
            }
            boolean current = tag.filter(t -> Versions.isSameVersion(t, v)).isPresent();
            out.add(INFO.createDiagnostic(current ? Severity.ERROR : Severity.WARNING, c, e.pos(),
                    "major version " + v.getVersion() + " has no releases.breakingChanges entry",
                    "add '" + v.getVersion() + ":' with 'message:' and 'upgradeDeadline: \"YYYY-MM-DD\"' under "
                            + "releases.breakingChanges in " + c.metadataFile()));
        }
    }

    /** True when the next lower versioned row (prereleases of {@code v} skipped) has a lower major. */
    private static boolean followsLowerMajor(List<ChangelogEntry> rows, Semver v) {
        return rows.stream().map(r -> r.version().orElseThrow())
                .filter(r -> r.compareTo(v) < 0 && !isPrereleaseOf(r, v))
                .max(Comparator.naturalOrder())
                .filter(previous -> previous.getMajor() < v.getMajor())
                .isPresent();
    }

    private static boolean isDeclared(Connector c, Semver v) {
        return c.metadata().breakingChanges().stream().map(b -> b.version().semver())
                .flatMap(Optional::stream)
                .anyMatch(b -> Versions.isSameVersion(b, v) || isPrereleaseOf(b, v));
    }

    private static boolean isPrereleaseOf(Semver candidate, Semver release) {
        return !candidate.getPreRelease().isEmpty()
                && Versions.isSameVersion(candidate.withClearedPreReleaseAndBuild(), release);
    }
}
