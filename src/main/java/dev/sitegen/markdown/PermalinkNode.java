package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The permalink at the end of a heading: a link to the heading's own id, named for assistive technology
 * and drawn as {@code #} by the stylesheet (no text in the HTML, so a heading's text, as the table of
 * contents or a search index reads it, stays the heading's).
 */
final class PermalinkNode extends Node {

    static final String LABEL = "Link to this section";

    private final String targetId;

    PermalinkNode(String targetId) {
        super(BasedSequence.NULL);
        this.targetId = targetId;
    }

    String targetId() {
        return targetId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
