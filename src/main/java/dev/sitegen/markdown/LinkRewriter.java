package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Applies {@link SiteLinks} to the link nodes of a parsed doc: inline links, images, reference
 * definitions (which reference links and images resolve through) and autolinks. Raw HTML
 * {@code <a>} and {@code <img>} are left as written.
 */
final class LinkRewriter {

    private final SiteLinks urls;

    LinkRewriter(SiteLinks urls) {
        this.urls = urls;
    }

    static boolean isLinkNode(Node n) {
        return n instanceof LinkNodeBase || n instanceof AutoLink;
    }

    void rewriteLink(Node n) {
        if (n instanceof AutoLink auto) {
            rewriteAutoLink(auto);
        } else if (n instanceof LinkNodeBase link) {
            String url = link.getUrl().toString();
            String rewritten = urls.rewriteUrl(url, n instanceof Image);
            if (!rewritten.equals(url)) {
                link.setUrl(BasedSequence.of(rewritten));
            }
        }
    }

    /** An autolink shows its URL, so it becomes a link that keeps the text and changes the href. */
    private void rewriteAutoLink(AutoLink auto) {
        String url = auto.getText().toString();
        String rewritten = urls.rewriteUrl(url, false);
        if (rewritten.equals(url)) {
            return;
        }
        Link link = new Link();
        link.setUrl(BasedSequence.of(rewritten));
        link.appendChild(new Text(auto.getText()));
        auto.insertBefore(link);
        auto.unlink();
    }
}
