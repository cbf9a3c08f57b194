package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The {@code href} and {@code src} attributes of a doc's raw HTML ({@code <a href>},
 * {@code <img src>}), which the renderer leaves as written; listed with their positions so a broken
 * one is blamed on its line like a markdown link.
 */
final class RawHtmlLinks {

    private static final List<String> ATTRIBUTES = List.of("href", "src");

    private RawHtmlLinks() {
    }

    static void collectLinks(Node root, LinkPositions positions, List<DocLink> out) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                collectFromTags(n, n.getChars().toString(), positions, out);
            } else if (n instanceof RawHtml raw) {
                collectFromTags(n, raw.html(), positions, out);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                stack.push(c);
            }
        }
    }

    private static void collectFromTags(Node n, String html, LinkPositions positions, List<DocLink> out) {
        int i = html.indexOf('<');
        while (i >= 0) {
            Optional<JsxTag> tag = JsxTag.readTag(html, i, html.length());
            if (tag.isPresent() && !tag.get().closing()) {
                for (String attr : ATTRIBUTES) {
                    Optional<String> value = tag.get().findAttribute(html, attr);
                    if (value.isPresent()) {
                        LinkPositions.Point at = n instanceof RawHtml
                                ? positions.findAfterPrevious(n, value.get()) : positions.locateInNode(n, i);
                        String url = value.get().strip();
                        out.add(DocLink.ofRawHtml(url, attr.equals("src"), at.line(), at.column()));
                    }
                }
            }
            i = html.indexOf('<', tag.map(JsxTag::end).orElse(i + 1));
        }
    }
}
