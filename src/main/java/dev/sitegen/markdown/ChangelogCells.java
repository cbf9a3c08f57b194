package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * How a markdown table line splits into cells: on every pipe that is not escaped ({@code \|}
 * stays in the cell as written), with the leading and trailing pipe optional. Also tells table
 * rows and delimiter rows from other lines.
 */
final class ChangelogCells {

    private ChangelogCells() {
    }

    /** The trimmed cells of a row; a row without outer pipes splits the same way. */
    static List<String> splitCells(String line) {
        int from = skipSpaces(line, 0);
        int to = skipTrailingSpaces(line, from);
        List<String> cells = new ArrayList<>();
        int cellStart = from < to && line.charAt(from) == '|' ? from + 1 : from;
        for (int i = cellStart; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells.add(trimRange(line, cellStart, i));
                cellStart = i + 1;
            }
        }
        if (cellStart < to) {
            cells.add(trimRange(line, cellStart, to));
        }
        return cells;
    }

    /**
     * A line that continues (or starts) a table: it has an unescaped pipe and does not open another
     * block (heading, HTML, quote, fence).
     */
    static boolean isTableRow(String line) {
        int from = skipSpaces(line, 0);
        if (from == line.length() || startsOtherBlock(line, from)) {
            return false;
        }
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * The row under a table header: cells of {@code -} with optional colons. Empty cells are
     * tolerated (and so is a cell count other than the header's) because real tables have them.
     */
    static boolean isDelimiterRow(String line) {
        if (!isTableRow(line)) {
            return false;
        }
        return isDelimiterCells(splitCells(line));
    }

    /** Cells of a delimiter row: each empty or dashes with optional colons, at least one not empty. */
    static boolean isDelimiterCells(List<String> cells) {
        boolean anyDashes = false;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (!isDelimiterCell(cell)) {
                return false;
            }
            anyDashes = true;
        }
        return anyDashes;
    }

    private static boolean isDelimiterCell(String cell) {
        int from = cell.startsWith(":") ? 1 : 0;
        int to = cell.length() > from && cell.endsWith(":") ? cell.length() - 1 : cell.length();
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (cell.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static String trimRange(String line, int from, int to) {
        int a = skipSpaces(line, from);
        int b = to;
        while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
            b--;
        }
        return line.substring(a, Math.max(a, b));
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipTrailingSpaces(String line, int from) {
        int i = line.length();
        while (i > from && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean startsOtherBlock(String line, int from) {
        char c = line.charAt(from);
        return c == '<' || c == '>' || FenceTracker.opensFence(line, from)
                || c == '#' && ChangelogLines.parseHeading(line.substring(from)).isPresent();
    }
}
