package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;

/**
 * {@code icon-missing}: {@code icon} names a file, yet the connector folder has neither that file
 * nor {@code icon.svg}. In the monorepo {@code icon: postgresql.svg} next to a folder holding only
 * {@code icon.svg} is the norm (the registry build uploads icon.svg under the declared name), so the
 * loader falls back to icon.svg and this rule accepts it: it warns only when no icon can be shown.
 */
final class IconMissingRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("icon-missing", Severity.WARNING,
            "metadata 'icon' names a file that is not in the connector folder (and there is no icon.svg).",
            "The catalog shows the file named by 'icon' from the connector's folder. "
                    + "Because the monorepo keeps every connector's icon as icon.svg while 'icon' names its "
                    + "published file (e.g. postgresql.svg), an icon.svg in the folder also satisfies this rule; "
                    + "it warns only when neither file exists, i.e. the page would have no icon.",
                    """
                    metadata.yaml:  icon: foo.svg
                    folder:         metadata.yaml  README.md
                    """,
                    """
                    metadata.yaml:  icon: foo.svg
                    folder:         metadata.yaml  README.md  icon.svg     (or foo.svg)
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.metadata().icon().isEmpty() || c.iconFile().isPresent()) {
            return;
        }
        String icon = c.metadata().icon().get();
        String folder = c.metadataFile().substring(0, c.metadataFile().lastIndexOf('/') + 1);
        out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf("icon"),
                "icon '" + icon + "' is not in " + folder + " (nor is icon.svg)",
                "add the SVG as " + folder + "icon.svg, or set 'icon:' to the name of an existing file in " + folder));
    }
}
