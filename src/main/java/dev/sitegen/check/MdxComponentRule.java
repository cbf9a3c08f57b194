package dev.sitegen.check;

import dev.sitegen.markdown.MdxComponentUse;
import dev.sitegen.markdown.MdxComponents;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code mdx-component}: a doc imports an MDX component ({@code import X from '...'} then
 * {@code <X />}) that {@code site.yaml} does not map to a snippet. The site drops it, so readers
 * of the catalog miss whatever it would have shown.
 */
final class MdxComponentRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("mdx-component", Severity.WARNING,
            "A doc uses an imported MDX component that the site cannot render.",
            "MDX components imported at the top of a doc are rendered from a markdown "
                    + "snippet when site.yaml maps the component's name to a file (snippets: {Name: path}); "
                    + "otherwise the component is dropped from the page. Map the component, or write its "
                    + "content as markdown.",
                    """
                    import UpgradeSteps from '@site/static/_upgrade-steps.md';
                    <UpgradeSteps />          (site.yaml has no snippets.UpgradeSteps)
                    """,
                    """
                    # site.yaml
                    snippets:
                      UpgradeSteps: snippets/upgrade-steps.md
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        Stream.concat(c.doc().stream(), c.migrationGuide().map(MigrationGuide::page).stream())
                .forEach(doc -> checkDoc(c, doc, ctx, out));
    }

    private static void checkDoc(Connector c, DocPage doc, CheckContext ctx, List<Diagnostic> out) {
        for (MdxComponentUse use : MdxComponents.findUnmappedComponents(doc.markdown(), ctx.mappedComponents())) {
            if (!use.imported()) {
                continue;
            }
            out.add(new Diagnostic(INFO.id(), INFO.defaultSeverity(), c.dir(), SourcePos.at(doc.file(), use.line(), 1),
                    "component <" + use.name() + " /> is imported but not mapped to a snippet, so the page omits it",
                    "map it in site.yaml (snippets: {" + use.name() + ": path/to/snippet.md}) or replace it with markdown"));
        }
    }
}
