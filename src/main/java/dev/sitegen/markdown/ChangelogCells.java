package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines of a changelog are table rows and delimiter rows; the cells themselves are split by
 * {@link TableCells}.
 */
final class ChangelogCells {

    private ChangelogCells() {
    }

    /** The trimmed cells of a row; a row without outer pipes splits the same way. */
    static List<String> splitCells(String line) {
        return TableCells.splitRow(line).trimCells(line);
    }

    /** The 1-based column where each cell's text starts (after its leading whitespace). */
    static List<Integer> findCellColumns(String line) {
        List<TableCells.Span> spans = TableCells.splitRow(line).cells();
        List<Integer> out = new ArrayList<>(spans.size());
        for (TableCells.Span cell : spans) {
            int a = skipSpaces(line, cell.start());
            out.add(Math.min(a, cell.end()) + 1);
        }
        return out;
    }

    /**
     * A line that continues (or starts) a table: it has an unescaped pipe and does not open another
     * block (heading, HTML, quote, fence).
     */
    static boolean isTableRow(String line) {
        int from = skipSpaces(line, 0);
        return from < line.length() && !startsOtherBlock(line, from) && TableCells.splitRow(line).hasPipe();
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

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsOtherBlock(String line, int from) {
        char c = line.charAt(from);
        return c == '<' || c == '>' || FenceTracker.opensFence(line, from)
                || c == '#' && ChangelogLines.parseHeading(line.substring(from)).isPresent();
    }
}
