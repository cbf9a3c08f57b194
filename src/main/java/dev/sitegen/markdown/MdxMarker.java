package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One line of MDX syntax as the parser found it (see {@link MdxLine}); its children are the
 * line's inline text (an admonition title, a summary). Markers never reach the output: the
 * post-pass pairs them into {@link MdxBlock}s or drops them.
 */
final class MdxMarker extends Block {

    private final MdxLine line;

    MdxMarker(BasedSequence chars, MdxLine line) {
        super(chars);
        this.line = line;
    }

    MdxLine.Kind kind() {
        return line.kind();
    }

    String name() {
        return line.name();
    }

    int colons() {
        return line.colons();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
