package dev.sitegen.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.sitegen.model.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The inline markdown of one table cell (a changelog subject), rendered and with its links rewritten
 * as in the doc the cell is written in. A GFM cell holds inline content only, so every block parser
 * is off: {@code # x}, {@code - x} or {@code > x} in a cell stay text, as on GitHub. Links carry
 * their place in the doc's file: the cell's line, and the cell's column plus their offset in it.
 * Thread-safe; the output is HTML still to be sanitized by the caller.
 */
final class CellMarkdown {

    /** Text with none of these needs no parse: it renders as itself, escaped. */
    private static final String MARKUP = "[]`*_<>&\\~@:";

    private final MarkdownOptions options;
    private final Parser parser;
    private final HtmlRenderer renderer;

    CellMarkdown(MarkdownOptions options) {
        this.options = options;
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), AutolinkExtension.create()));
        flexmark.set(Parser.BLOCK_QUOTE_PARSER, false);
        flexmark.set(Parser.HEADING_PARSER, false);
        flexmark.set(Parser.HTML_BLOCK_PARSER, false);
        flexmark.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        flexmark.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        flexmark.set(Parser.LIST_BLOCK_PARSER, false);
        flexmark.set(Parser.THEMATIC_BREAK_PARSER, false);
        flexmark.set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        this.parser = Parser.builder(flexmark).build();
        this.renderer = HtmlRenderer.builder(flexmark).build();
    }

    /** The cell as HTML (no paragraph around it) and its links, placed at {@code at} in {@code request}'s doc. */
    RenderedDoc renderCell(RenderRequest request, String cell, SourcePos at) {
        if (!needsParse(cell)) {
            return new RenderedDoc(Optional.empty(), Escaping.escapeHtml(cell, false), List.of());
        }
        try {
            Document document = parser.parse(cell);
            List<DocLink> links = rewriteLinks(request, document, at);
            return new RenderedDoc(Optional.empty(), stripParagraph(renderer.render(document)), List.of(), links);
        } catch (RuntimeException | StackOverflowError e) {
            // a cell that trips the parser shows as written rather than stopping the page
            return new RenderedDoc(Optional.empty(), Escaping.escapeHtml(cell, false), List.of());
        }
    }

    /** The cell's links as {@link #renderCell} finds them, without rendering. */
    List<DocLink> listCellLinks(RenderRequest request, String cell, SourcePos at) {
        if (!needsParse(cell)) {
            return List.of();
        }
        try {
            return rewriteLinks(request, parser.parse(cell), at);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    private List<DocLink> rewriteLinks(RenderRequest request, Document document, SourcePos at) {
        LinkRewriter rewriter = new LinkRewriter(new SiteLinks(options, request), request, document);
        collectLinks(document).forEach(rewriter::rewriteLink);
        List<DocLink> out = new ArrayList<>();
        for (DocLink l : rewriter.listLinks(document)) {
            out.add(l.line() <= 0 ? l : new DocLink(l.written(), l.rewritten(), l.image(), l.rawHtml(),
                    l.climbsAboveRoot(), at.line() + l.line() - 1, l.line() == 1 ? at.column() + l.column() - 1 : l.column()));
        }
        return out;
    }

    private static boolean needsParse(String cell) {
        if (cell.length() > MarkdownLimits.MAX_LINE_CHARS) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (MARKUP.indexOf(cell.charAt(i)) >= 0) {
                return true;
            }
        }
        return cell.contains("www.");
    }

    private static List<Node> collectLinks(Node root) {
        List<Node> links = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (LinkRewriter.isLinkNode(n)) {
                links.add(n);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
            }
        }
        return links;
    }

    private static String stripParagraph(String html) {
        String s = html.strip();
        return s.startsWith("<p>") && s.endsWith("</p>") ? s.substring(3, s.length() - 4) : s;
    }
}
