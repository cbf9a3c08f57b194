package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sitegen.concurrent.DeepStack;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.SitePaths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a doc's markdown to an HTML fragment: GFM tables, strikethrough, autolinks, front
 * matter (dropped), GitHub-style heading ids, and the Docusaurus/MDX constructs of the docs
 * (admonitions, details, environment sections, component wrappers, imports, snippets), with
 * links rewritten for the generated site. Thread-safe: one instance serves every worker, and
 * all per-render state lives in the call.
 */
public final class MarkdownRenderer {

    /** Snippets may embed snippets; this deep, a cycle stops. */
    private static final int MAX_SNIPPET_DEPTH = 4;

    private final MarkdownOptions options;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final CellMarkdown cells;

    public MarkdownRenderer() {
        this(MarkdownOptions.defaults());
    }

    public MarkdownRenderer(MarkdownOptions options) {
        this.options = options;
        MutableDataSet flexmark = new MutableDataSet();
        flexmark.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), YamlFrontMatterExtension.create()));
        flexmark.set(TablesExtension.COLUMN_SPANS, false);
        flexmark.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        flexmark.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        flexmark.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        flexmark.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(flexmark).customBlockParserFactory(new MdxMarkerParser.Factory()).build();
        this.renderer = HtmlRenderer.builder(flexmark)
                .nodeRendererFactory(o -> new MdxNodeRenderer())
                .htmlIdGeneratorFactory(new AssignedHeadingIds.Factory())
                .build();
        this.cells = new CellMarkdown(options);
    }

    /**
     * Renders a doc, or shows it as plain text when it breaks a {@link MarkdownLimits} bound. Parsing
     * and rendering run on a {@link DeepStack} thread, so the outcome is the same on every thread.
     */
    public RenderedDoc renderMarkdown(RenderRequest request) {
        String source = SourcePrepass.blankLines(request.markdown(), request.dropLines());
        Optional<MarkdownLimits.Problem> problem = MarkdownLimits.findScanProblem(DocScan.scanDoc(source));
        if (problem.isPresent()) {
            return PlainTextDoc.renderPlain(request.markdown(), problem.get());
        }
        try {
            return DeepStack.call(() -> renderWithinLimits(request, source));
        } catch (StackOverflowError e) {
            return PlainTextDoc.renderPlain(request.markdown(), new MarkdownLimits.Problem(1,
                    "the markdown nests too deeply to render"));
        } catch (RuntimeException e) {
            // one doc that trips the parser must not stop the site; the page says what happened
            return PlainTextDoc.renderPlain(request.markdown(), new MarkdownLimits.Problem(1,
                    "the markdown parser failed (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private RenderedDoc renderWithinLimits(RenderRequest request, String source) {
        Document document = parseStructured(request.markdown(), source, 0, newSnippetBudget());
        TreeDepth depth = TreeDepth.measureDepth(document);
        if (depth.depth() > MarkdownLimits.MAX_DEPTH) {
            return PlainTextDoc.renderPlain(request.markdown(), MarkdownLimits.tooDeep(depth.depth(), depth.line()));
        }
        Optional<String> title = removeTitle(document);
        List<Heading> headings = new ArrayList<>();
        List<Node> links = new ArrayList<>();
        collectHeadingsAndLinks(document, headings, links);
        List<HeadingInfo> infos = HeadingAnchors.assignIds(headings, request.migrationGuide());
        LinkRewriter rewriter = new LinkRewriter(new SiteLinks(options, request), request, document);
        links.forEach(rewriter::rewriteLink);
        return new RenderedDoc(title, renderer.render(document), infos, rewriter.listLinks(document));
    }

    /** The nesting problem of {@code markdown} when parsed as this renderer parses it, if any. */
    Optional<MarkdownLimits.Problem> measureDepth(String markdown) {
        try {
            return DeepStack.call(() -> {
                TreeDepth depth = TreeDepth.measureDepth(
                        parseStructured(markdown, SourcePrepass.blankLines(markdown, List.of()), 0,
                                newSnippetBudget()));
                return depth.depth() > MarkdownLimits.MAX_DEPTH
                        ? Optional.of(MarkdownLimits.tooDeep(depth.depth(), depth.line()))
                        : Optional.<MarkdownLimits.Problem>empty();
            });
        } catch (StackOverflowError e) {
            return Optional.of(new MarkdownLimits.Problem(1, "the markdown nests too deeply to render"));
        }
    }

    /**
     * The subjects of changelog rows (table cells: inline markdown only), one result per entry, for the
     * page of {@code docRequest}, the request of the doc the rows are written in: HTML still to be
     * sanitized, and its links rewritten as the doc's are, each at its line:column in the doc's file
     * (the cell's place, {@link ChangelogEntry#subjectPos}, plus the link's offset in the cell).
     */
    public List<RenderedDoc> renderSubjects(RenderRequest docRequest, List<ChangelogEntry> entries) {
        return cells.renderCells(docRequest, subjectsOf(entries), positionsOf(entries));
    }

    /**
     * Inline markdown with no doc around it, one result per text (a spec field's description): HTML still to
     * be sanitized. Each text is read as one line, its line breaks as spaces, so no text can open a heading or
     * a block that would break the page's outline. Links are rewritten for the page of {@code request} (its
     * markdown unused) and placed at {@code at[i]} plus their offset in the text.
     */
    public List<RenderedDoc> renderInlineTexts(RenderRequest request, List<String> texts,
                                               List<dev.sitegen.model.SourcePos> at) {
        List<String> lines = texts.stream().map(t -> t.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).toList();
        return cells.renderCells(request, lines, at);
    }

    /** The links of changelog rows' subjects as {@link #renderSubjects} finds them, without rendering. */
    public List<DocLink> listSubjectLinks(RenderRequest docRequest, List<ChangelogEntry> entries) {
        return cells.listCellLinks(docRequest, subjectsOf(entries), positionsOf(entries));
    }

    private static List<String> subjectsOf(List<ChangelogEntry> entries) {
        return entries.stream().map(ChangelogEntry::subject).toList();
    }

    private static List<dev.sitegen.model.SourcePos> positionsOf(List<ChangelogEntry> entries) {
        return entries.stream().map(ChangelogEntry::subjectPos).toList();
    }

    /** A doc's renders expand at most as much snippet text as a doc may hold. */
    private static int[] newSnippetBudget() {
        return new int[] {MarkdownLimits.MAX_CHARS};
    }

    /** Markdown with no page around it; see {@link RenderRequest#forMarkdown}. */
    public RenderedDoc renderMarkdown(String markdown) {
        return renderMarkdown(RenderRequest.forMarkdown(markdown));
    }

    /**
     * @param raw    the markdown as written, whose imports say where an {@code @site/} component comes from
     * @param budget characters of snippets this render may still expand: each snippet is within the limits, but
     *               a doc using one thousands of times must not parse it thousands of times
     */
    private Document parseStructured(String raw, String source, int depth, int[] budget) {
        Document document = parser.parse(source);
        Map<String, String> imports = options.snippets().isEmpty() || !raw.contains(SitePaths.SITE_IMPORT_PREFIX)
                ? Map.of() : MdxComponents.findImportSources(raw);
        MdxStructure.buildStructure(document, name -> parseSnippet(name, imports, depth + 1, budget));
        return document;
    }

    /** The snippet site.yaml maps to {@code name}, else the one its import source names. */
    private Optional<Node> parseSnippet(String name, Map<String, String> imports, int depth, int[] budget) {
        String snippet = options.snippets().get(name);
        if (snippet == null && imports.containsKey(name)) {
            snippet = options.snippets().get(imports.get(name));
        }
        if (snippet == null || depth > MAX_SNIPPET_DEPTH || snippet.length() > budget[0]) {
            return Optional.empty();
        }
        budget[0] -= snippet.length();
        return Optional.of(parseStructured(snippet, SourcePrepass.blankLines(snippet, List.of()), depth, budget));
    }

    /** The first node, when it is a level-1 heading, becomes the page title. */
    private static Optional<String> removeTitle(Document document) {
        if (document.getFirstChild() instanceof Heading h && h.getLevel() == 1) {
            HeadingAnchors.removeCustomId(h);
            String text = HeadingAnchors.collectText(h);
            h.unlink();
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private static void collectHeadingsAndLinks(Node root, List<Heading> headings, List<Node> links) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Heading h) {
                headings.add(h);
            } else if (LinkRewriter.isLinkNode(n)) {
                links.add(n);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
            }
        }
    }
}
