package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the table under a changelog heading and reads its rows. The table is the first header row
 * plus delimiter row before the next heading or a {@code </details>} line, so a
 * {@code <details><summary>} wrapper and a note above the table are passed over; a header that
 * names a {@code Version} column counts even without its delimiter row. Rows run until a
 * line that is no table row; rows that resume after one blank line still belong to the table (the
 * corpus has such tables), unless they start a new table of their own.
 */
final class ChangelogTableReader {

    /** One data row: its 0-based line index and its cells. */
    record Row(int line, List<String> cells) {
    }

    /**
     * A table as read: the header cells, whether a delimiter row follows the header, the data rows,
     * and the 0-based index of the block's last line (the last row, or the {@code </details>} that
     * closes the wrapper the table sits in).
     */
    record Table(List<String> header, boolean delimited, List<Row> rows, int lastLine) {
    }

    private ChangelogTableReader() {
    }

    /** The table in the section that starts at {@code from} (the line after the heading), if any. */
    static Optional<Table> readTable(ChangelogLines lines, int from) {
        boolean inDetails = false;
        for (int i = from; i + 1 < lines.size(); i++) {
            if (lines.isHidden(i)) {
                continue;
            }
            String line = lines.line(i);
            if (lines.findHeading(i).isPresent() || line.contains("</details")) {
                return Optional.empty();
            }
            inDetails |= line.contains("<details");
            if (isHeaderAt(lines, i)) {
                return Optional.of(readRows(lines, i, i + 2, inDetails));
            }
            if (isUndelimitedHeaderAt(lines, i)) {
                return Optional.of(readRows(lines, i, i + 1, inDetails));
            }
        }
        return Optional.empty();
    }

    private static boolean isHeaderAt(ChangelogLines lines, int i) {
        return ChangelogCells.isTableRow(lines.line(i)) && !lines.isHidden(i + 1)
                && ChangelogCells.isDelimiterRow(lines.line(i + 1));
    }

    /**
     * A header row naming a {@code Version} column with a row right under it but no delimiter row:
     * not a table to a markdown renderer, but plainly the author's changelog (the corpus has one).
     */
    private static boolean isUndelimitedHeaderAt(ChangelogLines lines, int i) {
        return ChangelogCells.isTableRow(lines.line(i)) && isRowAt(lines, i + 1)
                && ChangelogCells.splitCells(lines.line(i)).stream()
                        .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains("version"));
    }

    private static Table readRows(ChangelogLines lines, int header, int firstRow, boolean inDetails) {
        List<Row> rows = new ArrayList<>();
        int last = firstRow - 1;
        int i = firstRow;
        while (i < lines.size()) {
            if (isRowAt(lines, i)) {
                rows.add(new Row(i, ChangelogCells.splitCells(lines.line(i))));
                last = i;
                i++;
            } else if (continuesAfterBlank(lines, i)) {
                i++;
            } else {
                break;
            }
        }
        int end = inDetails ? findDetailsClose(lines, last + 1).orElse(last) : last;
        return new Table(ChangelogCells.splitCells(lines.line(header)), firstRow > header + 1, rows, end);
    }

    private static boolean isRowAt(ChangelogLines lines, int i) {
        return !lines.isHidden(i) && ChangelogCells.isTableRow(lines.line(i));
    }

    /** A single blank line followed by a row that is not the header of another table. */
    private static boolean continuesAfterBlank(ChangelogLines lines, int i) {
        return lines.line(i).isBlank() && i + 1 < lines.size() && isRowAt(lines, i + 1)
                && !(i + 2 < lines.size() && isHeaderAt(lines, i + 1));
    }

    /** The {@code </details>} line after the table, when only blank lines come between. */
    private static Optional<Integer> findDetailsClose(ChangelogLines lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String t = lines.line(i).strip();
            if (t.startsWith("</details")) {
                return Optional.of(i);
            }
            if (!t.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
