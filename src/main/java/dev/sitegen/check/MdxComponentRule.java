package dev.sitegen.check;

import dev.sitegen.markdown.MdxComponentUse;
import dev.sitegen.markdown.MdxComponents;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code mdx-component}: a doc imports an MDX component ({@code import X from '...'} then
 * {@code <X />}) that {@code site.yaml} does not map to a snippet, and that is no {@code @site/} import
 * of a markdown file the build read (a monorepo's docs site folder). The site drops it, so readers of the
 * catalog miss whatever it would have shown; the message names the file an {@code @site/} import was
 * looked for at.
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
        List<MdxComponentUse> unmapped = MdxComponents.findUnmappedComponents(doc.markdown(), ctx.mappedComponents());
        Map<String, String> sources = unmapped.isEmpty() ? Map.of() : MdxComponents.findImportSources(doc.markdown());
        for (MdxComponentUse use : unmapped) {
            String source = sources.getOrDefault(use.name(), "");
            // a resolved @site import is mapped under its source
            if (!use.imported() || ctx.mappedComponents().contains(source)) {
                continue;
            }
            String mapping = "map it in site.yaml (snippets: {" + use.name() + ": path/to/snippet.md})";
            Optional<String> file = SitePaths.siteImportFileOf(source);
            String message = "component <" + use.name() + " /> is imported but not mapped to a snippet, so the page "
                    + "omits it" + file.map(f -> SitePaths.isMarkdownSnippet(f)
                            ? " (its import '" + source + "' was looked for at " + f + ": no markdown file there "
                                    + "that the build may read, or ROOT is no monorepo)"
                            : " (its import '" + source + "' names " + f + ", a script, not a markdown snippet)").orElse("");
            String hint = file.isEmpty() || !SitePaths.isMarkdownSnippet(file.get())
                    ? mapping + " or replace it with markdown"
                    : "add " + file.get() + ", " + mapping + ", or replace it with markdown";
            out.add(new Diagnostic(INFO.id(), INFO.defaultSeverity(), c.dir(), SourcePos.at(doc.file(), use.line(), 1),
                    message, hint));
        }
    }
}
