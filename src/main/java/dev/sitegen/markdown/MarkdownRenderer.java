package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;

/**
 * Renders a doc's markdown to an HTML fragment with GFM tables, strikethrough, autolinks, front
 * matter (dropped from the output) and GitHub-style heading ids. Thread-safe: one instance serves
 * every worker.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), YamlFrontMatterExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS, " -");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, false);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public RenderedDoc renderMarkdown(String markdown) {
        Document document = parser.parse(markdown);
        Optional<String> title = removeTitle(document);
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof YamlFrontMatterBlock) {
                n.unlink();
                break;
            }
        }
        return new RenderedDoc(title, renderer.render(document));
    }

    /** The first top-level node, when it is a level-1 heading, becomes the page title. */
    private static Optional<String> removeTitle(Document document) {
        Node first = document.getFirstChild();
        while (first instanceof YamlFrontMatterBlock) {
            first = first.getNext();
        }
        if (first instanceof Heading h && h.getLevel() == 1) {
            String text = h.getText().toString().strip();
            h.unlink();
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
