package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;

/**
 * {@code changelog-missing}: the connector has a doc but no changelog table of its own, so users
 * cannot see what changed between versions and the version checks have nothing to compare with.
 */
final class ChangelogMissingRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("changelog-missing", Severity.ERROR,
            "The connector's doc has no changelog table (or, in a shared doc, no 'Changelog: <connector>' table).",
            "Every connector doc ends with a '## Changelog' section holding a table "
                    + "'| Version | Date | Pull Request | Subject |', newest row first, with a row for the "
                    + "current dockerImageTag. A doc shared by several connectors needs one table per "
                    + "connector, each under a heading 'Changelog: <connector-folder>'. A heading with no "
                    + "table under it does not count.",
                    """
                    ## Changelog

                    See the releases page.
                    """,
                    """
                    ## Changelog

                    | Version | Date       | Pull Request                                        | Subject       |
                    |:--------|:-----------|:----------------------------------------------------|:--------------|
                    | 1.2.0   | 2024-05-02 | [123](https://github.com/acme/connectors/pull/123) | Add stream X  |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.doc().isEmpty() || c.changelog().isPresent()) {
            return;
        }
        DocPage doc = c.doc().get();
        int lastLine = (int) doc.markdown().lines().count();
        String heading = isSharedWithScopedTables(doc) ? "### Changelog: " + c.dir() : "## Changelog";
        out.add(INFO.createDiagnostic(c, SourcePos.at(doc.file(), Math.max(lastLine, 1), 1),
                "no changelog table for " + c.dir() + " in " + doc.file(),
                "append '" + heading + "' and a table '| Version | Date | Pull Request | Subject |' with the row "
                        + "'" + Places.changelogRow(c.metadata().dockerImageTag(), ctx) + "' at the end of "
                        + doc.file()));
    }

    /** A doc that already scopes its tables to connectors needs a scoped one for this connector too. */
    private static boolean isSharedWithScopedTables(DocPage doc) {
        return doc.markdown().lines().anyMatch(l -> l.matches("\\s{0,3}#{1,6}\\s+Changelog:.*"));
    }
}
