package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code migration-guide-missing}: the connector declares breaking changes but has no
 * {@code <name>-migrations.md}, so the upgrade prompt users get links to nothing that tells them
 * what to do.
 */
final class MigrationGuideMissingRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("migration-guide-missing", Severity.ERROR,
            "The connector declares breaking changes but has no migration guide (<name>-migrations.md).",
            "Each breaking change comes with a migration guide that tells users what to do. "
                    + "It lives beside the connector's doc as <name>-migrations.md, with one 'Upgrading to X.Y.Z' "
                    + "section per breaking version, newest first.",
                    """
                    docs/integrations/sources/foo.md              (and releases.breakingChanges: {2.0.0: ...})
                    """,
                    """
                    docs/integrations/sources/foo-migrations.md:
                      # Foo Migration Guide
                      ## Upgrading to 2.0.0
                      Re-authenticate the source, then refresh the schema of stream 'orders'.
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        List<BreakingChange> breaking = c.metadata().breakingChanges();
        if (breaking.isEmpty() || c.migrationGuide().isPresent()) {
            return;
        }
        String sections = breaking.stream().map(BreakingChange::version).sorted(Versions.NEWEST_FIRST)
                .map(v -> "'## Upgrading to " + v.raw() + "'").collect(Collectors.joining(", "));
        out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf("releases.breakingChanges"),
                c.dir() + " declares " + breaking.size() + " breaking change(s) but has no migration guide",
                "create " + Places.migrationGuideFile(c) + " with a section per breaking version: " + sections));
    }
}
