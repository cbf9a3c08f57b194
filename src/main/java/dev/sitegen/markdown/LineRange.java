package dev.sitegen.markdown;

/**
 * Lines of a doc, 1-based and inclusive, as the load and check stages count them; used to drop
 * blocks (a changelog the page shows from data) without shifting the lines after them.
 */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bad line range " + first + ".." + last);
        }
    }

    boolean containsLine(int line) {
        return line >= first && line <= last;
    }
}
