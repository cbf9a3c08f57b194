package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Optional<String> sibling = findSiblingHint(c, doc, ctx);
        if (sibling.isPresent()) {
            out.add(INFO.createDiagnostic(c, SourcePos.at(doc.file(), Math.max(lastLine, 1), 1),
                    "no changelog table for " + c.dir() + " in " + doc.file(), sibling.get()));
            return;
        }
        String heading = isSharedWithScopedTables(doc) ? "### Changelog: " + c.dir() : "## Changelog";
        out.add(INFO.createDiagnostic(c, SourcePos.at(doc.file(), Math.max(lastLine, 1), 1),
                "no changelog table for " + c.dir() + " in " + doc.file(),
                "append '" + heading + "' and a table '| Version | Date | Pull Request | Subject |' with the row "
                        + "'" + Places.changelogRow(c.metadata().dockerImageTag(), ctx) + "' at the end of "
                        + doc.file()));
    }

    /**
     * In a doc whose other connectors have tables under headings naming them, the same heading form
     * with this connector's folder (whatever era the doc's form is from), placed after the last of them.
     */
    private static Optional<String> findSiblingHint(Connector c, DocPage doc, CheckContext ctx) {
        List<String> lines = doc.markdown().lines().toList();
        return ctx.changelogReaders().entrySet().stream()
                .filter(e -> e.getKey().file().equals(doc.file()) && e.getKey().line() <= lines.size())
                .max(Map.Entry.comparingByKey())
                .flatMap(e -> {
                    String heading = lines.get(e.getKey().line() - 1).strip();
                    return e.getValue().stream().filter(heading::contains).findFirst().map(dir -> "add '"
                            + heading.replace(dir, c.dir()) + "' and a table '| Version | Date | Pull Request | "
                            + "Subject |' with the row '" + Places.changelogRow(c.metadata().dockerImageTag(), ctx)
                            + "' after the table of line " + e.getKey().line() + " ('" + heading + "') in "
                            + doc.file());
                });
    }

    /** A doc that already scopes its tables to connectors needs a scoped one for this connector too. */
    private static boolean isSharedWithScopedTables(DocPage doc) {
        return doc.markdown().lines().anyMatch(l -> l.matches("\\s{0,3}#{1,6}\\s+Changelog:.*"));
    }
}
