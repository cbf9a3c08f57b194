package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** An empty {@code <a id>} target inside a heading: an extra name links may use for it. */
final class AnchorNode extends Node {

    private final String anchorId;

    AnchorNode(String anchorId) {
        super(BasedSequence.NULL);
        this.anchorId = anchorId;
    }

    String anchorId() {
        return anchorId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
