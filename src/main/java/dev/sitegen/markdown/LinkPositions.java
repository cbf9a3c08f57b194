package dev.sitegen.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;

/**
 * Turns flexmark node offsets into the 1-based line and column of the doc's file. The parsed text
 * is the file with some lines blanked (never removed), so lines match the file, and columns do on
 * every line that reaches the page. Nodes from an embedded snippet are based on the snippet's
 * text, not the file's: they get line 0.
 */
final class LinkPositions {

    /** A line and column; line 0 when the place is not in the doc's file. */
    record Point(int line, int column) {
        static final Point UNKNOWN = new Point(0, 0);
    }

    private final BasedSequence text;
    private final Object base;
    private final int[] lineStarts;

    LinkPositions(Document document) {
        this.text = document.getChars();
        this.base = text.getBaseSequence();
        this.lineStarts = indexLines(text);
    }

    /** Where {@code n} starts in the file. */
    Point locateNode(Node n) {
        return isFromFile(n) ? locateOffset(n.getStartOffset()) : Point.UNKNOWN;
    }

    /** Where the character {@code index} of node {@code n}'s text is in the file. */
    Point locateInNode(Node n, int index) {
        return isFromFile(n) ? locateOffset(n.getStartOffset() + index) : Point.UNKNOWN;
    }

    /**
     * Where {@code needle} is first written at or after the node before {@code n} (for nodes made
     * after parsing, which have no offsets of their own).
     */
    Point findAfterPrevious(Node n, String needle) {
        int from = 0;
        for (Node p = n.getPrevious(); p != null; p = p.getPrevious()) {
            if (isFromFile(p)) {
                from = p.getEndOffset();
                break;
            }
        }
        int at = text.indexOf(needle, from);
        return at < 0 ? Point.UNKNOWN : locateOffset(at);
    }

    private boolean isFromFile(Node n) {
        BasedSequence chars = n.getChars();
        return chars != BasedSequence.NULL && !chars.isNull() && chars.getBaseSequence() == base;
    }

    private Point locateOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            return Point.UNKNOWN;
        }
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new Point(line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] indexLines(CharSequence s) {
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }
}
