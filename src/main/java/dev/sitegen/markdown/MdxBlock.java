package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * A Docusaurus/MDX construct after pairing: an admonition, a {@code <details>} or its summary,
 * an environment section, tabs or one tab. Its children are the markdown content; {@link
 * #title()} holds the inline title or label written on the opening line, when there was one.
 */
final class MdxBlock extends Block {

    enum Kind {
        ADMONITION, DETAILS, SUMMARY, ENV, TABS, TAB
    }

    private final Kind kind;
    private final String variant;
    private final Optional<Node> title;

    /**
     * @param variant admonition type, environment name, tab label, or {@code open} for details
     * @param title a node whose inline children render as the title
     */
    MdxBlock(Kind kind, String variant, Optional<Node> title) {
        super(BasedSequence.NULL);
        this.kind = kind;
        this.variant = variant;
        this.title = title;
    }

    Kind kind() {
        return kind;
    }

    String variant() {
        return variant;
    }

    Optional<Node> title() {
        return title;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
