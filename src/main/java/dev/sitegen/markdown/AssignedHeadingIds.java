package dev.sitegen.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Hands flexmark the heading ids {@link HeadingAnchors} assigned, instead of letting it generate
 * its own (which would differ from GitHub's slugs and ignore {@code {#custom-id}}).
 */
final class AssignedHeadingIds implements HtmlIdGenerator {

    /** The factory flexmark asks for one generator per render. */
    static final class Factory implements HeaderIdGeneratorFactory {

        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new AssignedHeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new AssignedHeadingIds();
        }
    }

    @Override
    public void generateIds(Document document) {
        // ids are assigned before rendering
    }

    @Override
    public String getId(Node node) {
        // flexmark's contract: null means "no id attribute"
        return node instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()
                ? h.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return HeadingSlugs.slugify(text.toString());
    }
}
