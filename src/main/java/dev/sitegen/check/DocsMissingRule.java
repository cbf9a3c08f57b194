package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;

/**
 * {@code docs-missing}: the connector has no doc page at its documentationUrl path or by name, so
 * its catalog page has nothing but the metadata facts and every doc check is skipped.
 */
final class DocsMissingRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("docs-missing", Severity.ERROR,
            "The connector has no doc page at its documentationUrl path (or by its name).",
            "Each connector needs a markdown page under docs/integrations at the path of "
                    + "its documentationUrl, e.g. https://host/integrations/sources/foo is documented in "
                    + "docs/integrations/sources/foo.md. Create the page, or fix documentationUrl to point at "
                    + "the existing one.",
                    """
                    documentationUrl: https://docs.example.com/integrations/sources/foo
                    docs/integrations/sources/foo-api.md       (no foo.md)
                    """,
                    """
                    documentationUrl: https://docs.example.com/integrations/sources/foo
                    docs/integrations/sources/foo.md
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.doc().isPresent()) {
            return;
        }
        out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf("documentationUrl"),
                "no doc page for " + c.dir() + " at '" + c.pagePath() + "'",
                "create " + Places.docFile(c) + " or point documentationUrl at the connector's existing page"));
    }
}
