package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import java.util.List;

/** {@code docs-missing}: the connector has no doc page at its documentationUrl path or by name. */
final class DocsMissingRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("docs-missing", dev.sitegen.model.Severity.ERROR,
            "The connector has no doc page at its documentationUrl path (or by its name).",
            "Each connector needs a markdown page under docs/integrations at the path of its "
                    + "documentationUrl, e.g. https://host/integrations/sources/foo is documented in "
                    + "docs/integrations/sources/foo.md. Create the page, or fix documentationUrl to "
                    + "point at the existing one.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, List<Diagnostic> out) {
        if (c.doc().isPresent()) {
            return;
        }
        String expected = "docs/integrations/" + c.pagePath().substring("integrations/".length()) + ".md";
        if (!c.pagePath().startsWith("integrations/")) {
            expected = "docs/" + c.pagePath() + ".md";
        }
        out.add(new Diagnostic(INFO.id(), INFO.defaultSeverity(), c.dir(),
                c.metadata().positions().posOf("documentationUrl"),
                "no doc page for " + c.dir() + " at '" + c.pagePath() + "'",
                "create " + expected + " or point documentationUrl at the connector's existing page"));
    }
}
