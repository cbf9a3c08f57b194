package dev.sitegen.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Parses an MDX line into a one-line {@link MdxMarker} block. Running inside flexmark's block
 * parser means lists, block quotes and code blocks are already taken care of: a {@code :::} in a
 * code block never gets here, one in a list item lands in that item. Markers interrupt
 * paragraphs, as Docusaurus lets them.
 */
final class MdxMarkerParser extends AbstractBlockParser {

    /** Deeper lines are indented code, unless they continue a paragraph (then code cannot start). */
    private static final int CODE_INDENT = 4;

    private final MdxMarker block;
    private final BasedSequence text;

    private MdxMarkerParser(BasedSequence line, int start, MdxLine parsed) {
        block = new MdxMarker(line.subSequence(start), parsed);
        text = line.subSequence(parsed.textStart(), parsed.textEnd());
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    @Override
    public void closeBlock(ParserState state) {
        // one line, chars set at creation
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        if (text.isNotEmpty()) {
            inlineParser.parse(text, block);
        }
    }

    /** Registers the parser ahead of flexmark's HTML block and code parsers. */
    static final class Factory implements CustomBlockParserFactory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class,
                    FencedCodeBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return Factory::tryStart;
        }

        private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getActiveBlockParser() instanceof FencedCodeBlockParser || state.getIndent() >= CODE_INDENT
                    && !state.getActiveBlockParser().isParagraphParser()) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            return MdxLine.classifyLine(line, start)
                    .map(parsed -> BlockStart.of(new MdxMarkerParser(line, start, parsed)).atIndex(line.length()))
                    .orElse(BlockStart.none());
        }
    }
}
