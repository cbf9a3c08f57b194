package dev.sitegen.markdown;

/**
 * Follows fenced code blocks line by line, so line-level scans (imports, component uses) leave
 * code alone. Fences are recognised at any indentation: a fence inside a list item is still code.
 */
final class FenceTracker {

    private char fenceChar;
    private int fenceLength;

    /**
     * Feeds the next line; true when the line is code or a fence of a code block (so a scan must
     * skip it).
     */
    boolean acceptLine(CharSequence line) {
        int start = skipSpaces(line, 0);
        int run = countRun(line, start);
        // a backtick fence's info string holds no backtick, so ```x``` is inline code, not a fence
        if (fenceLength > 0) {
            if (run >= fenceLength && line.charAt(start) == fenceChar
                    && skipSpaces(line, start + run) == line.length()) {
                fenceLength = 0;
            }
            return true;
        }
        if (run >= 3 && !(line.charAt(start) == '`' && indexOf(line, '`', start + run) >= 0)) {
            fenceChar = line.charAt(start);
            fenceLength = run;
            return true;
        }
        return false;
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
