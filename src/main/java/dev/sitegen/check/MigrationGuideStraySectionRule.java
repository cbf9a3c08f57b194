package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code migration-guide-stray-section}: an {@code Upgrading to X.Y.Z} section for a version that is
 * not a declared breaking change. Often harmless (a note for a notable minor), but it can also mean
 * the breaking change was forgotten in metadata.yaml or keyed by another version; hence info.
 */
final class MigrationGuideStraySectionRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("migration-guide-stray-section", Severity.INFO,
            "A migration guide section is for a version that is not in releases.breakingChanges.",
            "Migration guide sections pair with releases.breakingChanges entries. A "
                    + "section for another version is shown, but no upgrade prompt points at it: declare the "
                    + "breaking change, fix the heading's version, or fold the note into the changelog.",
                    """
                    breakingChanges: {5.0.0: ...}
                    foo-migrations.md:  ## Upgrading to 5.6.0
                                        ## Upgrading to 5.0.0
                    """,
                    """
                    breakingChanges: {5.0.0: ...}
                    foo-migrations.md:  ## Upgrading to 5.0.0
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        List<MigrationSection> sections = c.migrationGuide().map(g -> g.sections()).orElse(List.of());
        for (MigrationSection s : sections) {
            if (s.version().isEmpty() || isDeclared(c, s.version().get())) {
                continue;
            }
            String v = s.version().get().getVersion();
            out.add(INFO.createDiagnostic(c, s.pos(), "migration guide section 'Upgrading to " + v
                            + "' is for a version that is not a declared breaking change",
                    "add '" + v + ":' with 'message:' and 'upgradeDeadline:' under releases.breakingChanges in "
                            + c.metadataFile() + " if " + v + " breaks, else change or remove this heading"));
        }
    }

    private static boolean isDeclared(Connector c, Semver version) {
        return c.metadata().breakingChanges().stream().map(b -> b.version().semver())
                .flatMap(Optional::stream).anyMatch(b -> Versions.isSameVersion(b, version));
    }
}
