package dev.sitegen.markdown;

/**
 * The one fenced-code detector of the project: follows fenced code blocks ({@code ```} or
 * {@code ~~~}, three or more) line by line, so line-level scans leave code alone. How far a fence may
 * be indented is the caller's choice: the MDX scans (imports, component uses) take a fence at any
 * indentation, since a fence inside a list item is still code; the changelog and migration-guide
 * parsers take CommonMark's three columns, since a deeper {@code ```} at the top level is indented
 * code, not a fence. A tab advances to the next multiple of four columns.
 */
final class FenceTracker {

    /** For scans that must skip a fence however deep in a list it sits. */
    static final int ANY_INDENT = Integer.MAX_VALUE;
    /** CommonMark: a fence line is indented by at most three columns. */
    static final int COMMONMARK_INDENT = 3;

    private final int maxIndent;
    private char fenceChar;
    private int fenceLength;

    FenceTracker(int maxIndent) {
        this.maxIndent = maxIndent;
    }

    /**
     * Feeds the next line; true when the line is code or a fence of a code block (so a scan must
     * skip it).
     */
    boolean acceptLine(CharSequence line) {
        int start = skipSpaces(line, 0);
        boolean fenceable = countColumns(line, start) <= maxIndent;
        int run = fenceable ? countRun(line, start) : 0;
        if (fenceLength > 0) {
            if (run >= fenceLength && line.charAt(start) == fenceChar
                    && skipSpaces(line, start + run) == line.length()) {
                fenceLength = 0;
            }
            return true;
        }
        if (opensAt(line, start, run)) {
            fenceChar = line.charAt(start);
            fenceLength = run;
            return true;
        }
        return false;
    }

    /** Whether a fence opens at {@code start} of {@code line} (indentation already skipped). */
    static boolean opensFence(CharSequence line, int start) {
        return opensAt(line, start, countRun(line, start));
    }

    private static boolean opensAt(CharSequence line, int start, int run) {
        // a backtick fence's info string holds no backtick, so ```x``` is inline code, not a fence
        return run >= 3 && !(line.charAt(start) == '`' && indexOf(line, '`', start + run) >= 0);
    }

    /** The width of {@code line}'s first {@code end} characters, spaces and tabs, in columns. */
    private static int countColumns(CharSequence line, int end) {
        int columns = 0;
        for (int i = 0; i < end; i++) {
            columns = line.charAt(i) == '\t' ? columns + 4 - columns % 4 : columns + 1;
        }
        return columns;
    }

    /**
     * False when {@link #acceptLine} would return false and change nothing for a line whose first
     * non-space character is {@code first}: outside code, only a backtick or tilde can open a fence.
     * Lets a scan skip making a view of most lines.
     */
    boolean mayAccept(char first) {
        return fenceLength > 0 || first == '`' || first == '~';
    }

    /** The length of the run of backticks or tildes at {@code start}; 0 for anything else. */
    private static int countRun(CharSequence line, int start) {
        if (start >= line.length()) {
            return 0;
        }
        char c = line.charAt(start);
        if (c != '`' && c != '~') {
            return 0;
        }
        int i = start;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        return i - start;
    }

    private static int indexOf(CharSequence line, char c, int from) {
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int skipSpaces(CharSequence line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
