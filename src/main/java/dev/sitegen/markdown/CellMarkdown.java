package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
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
import java.util.Set;

/**
 * The inline markdown of table cells (a changelog's subjects), rendered and with its links rewritten
 * as in the doc the cell is written in. A GFM cell holds inline content only, so every block parser
 * is off: {@code # x}, {@code - x} or {@code > x} in a cell stay text, as on GitHub. Links carry
 * their place in the doc's file: the cell's line, and the cell's column plus their offset in it.
 * Thread-safe; the output is HTML still to be sanitized by the caller.
 */
final class CellMarkdown {

    /** Text with none of these (and no {@code www.} or {@code ://}) needs no parse: it renders as itself, escaped. */
    private static final String MARKUP = "[`*_<&\\~@";
    /** Ends each paragraph's HTML; a private-use character no cell holds (else the cells stay text). */
    private static final String SEPARATOR = "\uE000";

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
        this.renderer = HtmlRenderer.builder(flexmark).nodeRendererFactory(o -> new ParagraphsApart()).build();
    }

    /**
     * Each cell as HTML (no paragraph around it) with its links, cell {@code i} placed at {@code at[i]}
     * in {@code request}'s doc. The cells that hold markup are parsed and rendered as one document, one
     * paragraph each (a parse per cell cost more than the rest of a connector page); cells are single
     * lines, so blank lines keep them apart, and the bounds of {@link MarkdownLimits} apply to the whole.
     */
    List<RenderedDoc> renderCells(RenderRequest request, List<String> cells, List<SourcePos> at) {
        List<RenderedDoc> out = new ArrayList<>(cells.size());
        for (String cell : cells) {
            out.add(plain(cell));
        }
        List<Integer> marked = listMarked(cells);
        if (marked.isEmpty()) {
            return out;
        }
        Joined joined = joinCells(cells, marked);
        String source = joined.text();
        if (source.indexOf(SEPARATOR) >= 0 || MarkdownLimits.findScanProblem(DocScan.scanDoc(source)).isPresent()) {
            return out;
        }
        try {
            Document document = parser.parse(source);
            List<List<DocLink>> links = placeLinks(rewriteLinks(request, document), marked, at, joined);
            String[] html = renderer.render(document).split(SEPARATOR, -1);
            if (html.length != marked.size() + 1) {
                return out;
            }
            for (int k = 0; k < marked.size(); k++) {
                out.set(marked.get(k), new RenderedDoc(Optional.empty(), html[k], List.of(), links.get(k)));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // cells that trip the parser show as written rather than stopping the page
        }
        return out;
    }

    /** The cells' links as {@link #renderCells} finds them, without rendering. */
    List<DocLink> listCellLinks(RenderRequest request, List<String> cells, List<SourcePos> at) {
        List<Integer> marked = listMarked(cells);
        Joined joined = joinCells(cells, marked);
        String source = joined.text();
        if (marked.isEmpty() || MarkdownLimits.findScanProblem(DocScan.scanDoc(source)).isPresent()) {
            return List.of();
        }
        try {
            List<DocLink> out = new ArrayList<>();
            placeLinks(rewriteLinks(request, parser.parse(source)), marked, at, joined).forEach(out::addAll);
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    private static RenderedDoc plain(String cell) {
        return new RenderedDoc(Optional.empty(), Escaping.escapeHtml(cell, false), List.of());
    }

    private static List<Integer> listMarked(List<String> cells) {
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (needsParse(cells.get(i))) {
                marked.add(i);
            }
        }
        return marked;
    }

    /**
     * The marked cells, cell {@code k} on line {@code 2k + 1}, with each {@code \\|} made {@code |}: in a
     * GFM table the pipe's escape belongs to the table, so it is gone even inside a code span.
     */
    private static Joined joinCells(List<String> cells, List<Integer> marked) {
        StringBuilder s = new StringBuilder();
        List<List<Integer>> dropped = new ArrayList<>(marked.size());
        for (int i : marked) {
            String cell = cells.get(i);
            List<Integer> at = new ArrayList<>();
            int lineStart = s.length();
            for (int j = 0; j < cell.length(); j++) {
                char c = cell.charAt(j);
                if (c == '\\' && j + 1 < cell.length() && cell.charAt(j + 1) == '|') {
                    at.add(s.length() - lineStart);
                    continue;
                }
                s.append(c);
                if (c == '\\' && j + 1 < cell.length()) {
                    s.append(cell.charAt(++j));
                }
            }
            s.append("\n\n");
            dropped.add(at);
        }
        return new Joined(s.toString(), dropped);
    }

    /** The joined text and, per cell, where a dropped backslash was (0-based, in the joined line). */
    private record Joined(String text, List<List<Integer>> dropped) {

        /** The 0-based column in cell {@code k} as written for {@code column} in the joined line. */
        int restoreColumn(int k, int column) {
            int shift = 0;
            for (int d : dropped.get(k)) {
                if (d <= column) {
                    shift++;
                }
            }
            return column + shift;
        }
    }

    private List<DocLink> rewriteLinks(RenderRequest request, Document document) {
        LinkRewriter rewriter = new LinkRewriter(new SiteLinks(options, request), request, document);
        collectLinks(document).forEach(rewriter::rewriteLink);
        return rewriter.listLinks(document);
    }

    /** Each marked cell's links, moved from the joined text to the cell's place in the doc. */
    private static List<List<DocLink>> placeLinks(List<DocLink> found, List<Integer> marked, List<SourcePos> at,
                                                  Joined joined) {
        List<List<DocLink>> out = new ArrayList<>(marked.size());
        for (int k = 0; k < marked.size(); k++) {
            out.add(new ArrayList<>());
        }
        for (DocLink l : found) {
            int k = (l.line() - 1) / 2;
            if (l.line() > 0 && k < marked.size()) {
                SourcePos cell = at.get(marked.get(k));
                out.get(k).add(new DocLink(l.written(), l.rewritten(), l.image(), l.rawHtml(), l.climbsAboveRoot(),
                        cell.line(), cell.column() + joined.restoreColumn(k, l.column() - 1)));
            }
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
        return cell.contains("www.") || cell.contains("://");
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

    /** Renders a paragraph (one cell) as its inline content followed by {@link #SEPARATOR}. */
    private static final class ParagraphsApart implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, (node, context, html) -> {
                context.renderChildren(node);
                html.raw(SEPARATOR);
            }));
        }
    }
}
