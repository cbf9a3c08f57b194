package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import dev.sitegen.model.Words;
import java.util.Map;
import java.util.Set;

/**
 * HTML for the MDX constructs: admonitions as labelled {@code <aside>} callouts, details and
 * summaries, environment sections with their label, tabs as labelled sections, heading
 * anchors and permalinks. Markers left over render as nothing, so no raw MDX syntax reaches a page.
 */
final class MdxNodeRenderer implements NodeRenderer {

    private static final Map<String, String> ADMONITION_LABELS = Map.of("note", "Note", "info", "Info",
            "tip", "Tip", "warning", "Warning", "caution", "Caution", "danger", "Danger");
    private static final Map<String, String> ENV_LABELS = Map.of("oss", "Self-managed only", "cloud", "Cloud only");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(MdxBlock.class, this::renderBlock),
                new NodeRenderingHandler<>(MdxMarker.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(AnchorNode.class, this::renderAnchor),
                new NodeRenderingHandler<>(PermalinkNode.class, this::renderPermalink),
                new NodeRenderingHandler<>(RawHtml.class, (node, context, html) -> html.line().raw(node.html()).line()));
    }

    private void renderBlock(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        switch (node.kind()) {
            case ADMONITION -> renderAdmonition(node, context, html);
            case DETAILS -> renderDetails(node, context, html);
            case SUMMARY -> html.tag("summary", () -> renderInlines(node, context, html)).line();
            case ENV -> renderEnv(node, context, html);
            case TABS -> html.attr("class", "tabs").withAttr().tagLine("div", () -> context.renderChildren(node));
            case TAB -> renderTab(node, context, html);
        }
    }

    private void renderAdmonition(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        // unknown types (:::important) look like notes rather than leaking an unstyled class
        String type = ADMONITION_LABELS.containsKey(node.variant()) ? node.variant() : "note";
        String label = ADMONITION_LABELS.get(type);
        html.attr("class", "admonition admonition-" + type).attr("role", "note").attr("aria-label", label)
                .withAttr().tagLine("aside", () -> {
                    html.attr("class", "admonition-title").withAttr().tag("p");
                    node.title().ifPresentOrElse(context::renderChildren, () -> html.text(label));
                    html.tag("/p").line();
                    context.renderChildren(node);
                });
    }

    private void renderDetails(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.variant().equals("open")) {
            html.attr("open", "");
        }
        html.withAttr().tagLine("details", () -> context.renderChildren(node));
    }

    private void renderEnv(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        String label = ENV_LABELS.getOrDefault(node.variant(), Words.capitalizeFirst(node.variant()) + " only");
        html.attr("class", "env env-" + node.variant()).withAttr().tagLine("div", () -> {
            html.attr("class", "env-label").withAttr().tag("p").text(label).tag("/p").line();
            context.renderChildren(node);
        });
    }

    private void renderTab(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "tab").withAttr().tagLine("section", () -> {
            if (!node.variant().isEmpty()) {
                html.attr("class", "tab-label").withAttr().tag("p").text(node.variant()).tag("/p").line();
            }
            context.renderChildren(node);
        });
    }

    /** A summary holds phrasing content only: paragraphs inside it give up their {@code <p>}. */
    private static void renderInlines(MdxBlock node, NodeRendererContext context, HtmlWriter html) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                context.renderChildren(child);
            } else {
                context.render(child);
            }
        }
    }

    private void renderAnchor(AnchorNode node, NodeRendererContext context, HtmlWriter html) {
        html.attr("id", node.anchorId()).withAttr().tag("a").tag("/a");
    }

    private void renderPermalink(PermalinkNode node, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "anchor").attr("href", "#" + node.targetId()).attr("aria-label", PermalinkNode.LABEL)
                .withAttr().tag("a").tag("/a");
    }
}
