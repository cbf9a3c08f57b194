package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A raw HTML block whose text was rewritten (see {@link RawHtmlScrub}); rendered verbatim. */
final class RawHtml extends Block {

    private final String html;

    RawHtml(String html) {
        super(BasedSequence.NULL);
        this.html = html;
    }

    String html() {
        return html;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
