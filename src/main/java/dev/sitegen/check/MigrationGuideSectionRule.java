package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code migration-guide-section}: a declared breaking version has no {@code Upgrading to X.Y.Z}
 * section in the migration guide, so the site's link to {@code #upgrading-to-X.Y.Z} (and the
 * platform's upgrade prompt) lands on nothing specific.
 */
final class MigrationGuideSectionRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("migration-guide-section", Severity.ERROR,
            "A breaking version has no 'Upgrading to X.Y.Z' section in the migration guide.",
            "The migration guide has one section per breaking version, headed exactly "
                    + "'Upgrading to X.Y.Z' (## or ###) with the version of the releases.breakingChanges key; "
                    + "the site links each breaking change to its anchor #upgrading-to-X.Y.Z.",
                    """
                    breakingChanges: {2.0.0: ...}
                    foo-migrations.md:  ## Migrating to version 2
                    """,
                    """
                    breakingChanges: {2.0.0: ...}
                    foo-migrations.md:  ## Upgrading to 2.0.0
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.migrationGuide().isEmpty()) {
            return;
        }
        MigrationGuide guide = c.migrationGuide().get();
        for (BreakingChange bc : c.metadata().breakingChanges()) {
            String version = bc.version().raw();
            if (guide.findSection(version).isPresent() || hasSemverSection(guide, bc.version().semver())) {
                continue;
            }
            out.add(INFO.createDiagnostic(c, bc.pos(), "breaking change " + version
                            + " has no 'Upgrading to " + version + "' section in " + guide.page().file(),
                    "add '## Upgrading to " + version + "' to " + guide.page().file() + " "
                            + describePlace(guide, bc.version().semver())));
        }
    }

    private static boolean hasSemverSection(MigrationGuide guide, Optional<Semver> v) {
        return v.isPresent() && guide.sections().stream()
                .anyMatch(s -> s.version().filter(x -> Versions.isSameVersion(x, v.get())).isPresent());
    }

    /** Above the first section for an older version, else at the end of the guide. */
    private static String describePlace(MigrationGuide guide, Optional<Semver> v) {
        Optional<MigrationSection> older = v.flatMap(x -> guide.sections().stream()
                .filter(s -> s.version().filter(sv -> sv.compareTo(x) < 0).isPresent()).findFirst());
        return older.map(s -> "above line " + s.pos().line() + " ('" + s.title() + "')").orElse("at the end");
    }
}
