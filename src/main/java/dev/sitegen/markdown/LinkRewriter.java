package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies {@link SiteLinks} to the link nodes of a parsed doc: inline links, images, reference
 * definitions (which reference links and images resolve through) and autolinks. Raw HTML
 * {@code <a>} and {@code <img>} are left as written. Remembers every link it saw, as written and as
 * rewritten, with its source position, for link verification.
 */
final class LinkRewriter {

    private final SiteLinks urls;
    private final Optional<RenderRequest> request;
    private final Optional<LinkPositions> positions;
    private final List<DocLink> seen = new ArrayList<>();

    LinkRewriter(SiteLinks urls) {
        this.urls = urls;
        this.request = Optional.empty();
        this.positions = Optional.empty();
    }

    /** A rewriter that also records where each link of {@code document} (rendered for {@code request}) is written. */
    LinkRewriter(SiteLinks urls, RenderRequest request, Document document) {
        this.urls = urls;
        this.request = Optional.of(request);
        this.positions = Optional.of(new LinkPositions(document));
    }

    static boolean isLinkNode(Node n) {
        return n instanceof LinkNodeBase || n instanceof AutoLink;
    }

    void rewriteLink(Node n) {
        if (n instanceof AutoLink auto) {
            rewriteAutoLink(auto);
        } else if (n instanceof LinkNodeBase link) {
            String url = link.getUrl().toString();
            boolean image = n instanceof Image;
            String rewritten = urls.rewriteUrl(url, image);
            recordLink(n, url, rewritten, image);
            if (!rewritten.equals(url)) {
                link.setUrl(BasedSequence.of(rewritten));
            }
        }
    }

    /**
     * Every link rewritten so far, then the raw HTML links of {@code root}, in document order
     * each; empty when this rewriter does not record positions.
     */
    List<DocLink> listLinks(Node root) {
        List<DocLink> out = new ArrayList<>(seen);
        positions.ifPresent(p -> RawHtmlLinks.collectLinks(root, p, out));
        return out;
    }

    /** An autolink shows its URL, so it becomes a link that keeps the text and changes the href. */
    private void rewriteAutoLink(AutoLink auto) {
        String url = auto.getText().toString();
        String rewritten = urls.rewriteUrl(url, false);
        recordLink(auto, url, rewritten, false);
        if (rewritten.equals(url)) {
            return;
        }
        Link link = new Link();
        link.setUrl(BasedSequence.of(rewritten));
        link.appendChild(new Text(auto.getText()));
        auto.insertBefore(link);
        auto.unlink();
    }

    private void recordLink(Node n, String url, String rewritten, boolean image) {
        positions.ifPresent(p -> {
            LinkPositions.Point at = p.locateNode(n);
            boolean aboveRoot = request.map(r -> LinkPlacement.climbsAboveRoot(r, url, image)).orElse(false);
            seen.add(DocLink.ofMarkdown(url, rewritten, image, aboveRoot, at.line(), at.column()));
        });
    }
}
