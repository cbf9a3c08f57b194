package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.Severity;
import java.util.List;
import org.semver4j.Semver;

/**
 * {@code migration-guide-order}: the guide's {@code Upgrading to} sections are not newest first by
 * SemVer (as numbers, so 10.0.0 comes before 9.0.0). Users read from the top for the upgrade they
 * face now; sections whose version does not parse are skipped.
 */
final class MigrationGuideOrderRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("migration-guide-order", Severity.WARNING,
            "Migration guide sections are not in descending SemVer order.",
            "Order the 'Upgrading to X.Y.Z' sections newest first, comparing versions "
                    + "as SemVer rather than text, and give each version one section.",
                    """
                    ## Upgrading to 9.0.0
                    ## Upgrading to 10.0.0
                    """,
                    """
                    ## Upgrading to 10.0.0
                    ## Upgrading to 9.0.0
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        List<MigrationSection> sections = c.migrationGuide().map(g -> g.sections()).orElse(List.of()).stream()
                .filter(s -> s.version().isPresent()).toList();
        for (int i = 1; i < sections.size(); i++) {
            MigrationSection above = sections.get(i - 1);
            Semver prev = above.version().orElseThrow();
            Semver here = sections.get(i).version().orElseThrow();
            if (here.compareTo(prev) >= 0) {
                String what = here.compareTo(prev) == 0 ? "repeats" : "is newer than";
                out.add(INFO.createDiagnostic(c, sections.get(i).pos(), "section 'Upgrading to " + here.getVersion()
                                + "' " + what + " the section above it ('Upgrading to " + prev.getVersion() + "')",
                        here.compareTo(prev) == 0
                                ? "merge this section into the one at line " + above.pos().line()
                                : "move this section above line " + firstOlderLine(sections, here)));
            }
        }
    }

    private static int firstOlderLine(List<MigrationSection> sections, Semver version) {
        return sections.stream().filter(s -> s.version().orElseThrow().compareTo(version) < 0)
                .findFirst().map(s -> s.pos().line()).orElse(1);
    }
}
