package dev.sitegen.edit;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Inserts a release's row at the top of a connector's changelog table (its own sub-table in a
 * shared doc), shaped like the first well-formed row: same padding, pipes and column order, the
 * version in backticks if that row has them, the pull-request label with its {@code #} if it has one.
 * Which cell is which comes from the parser's reading of that row, not from a second parse here.
 */
final class ChangelogEdit {

    /** The row to add: version, date, pull request (linked into the repository) and subject. */
    record NewRow(String version, LocalDate date, int pullRequest, String repositoryUrl, String subject) {
    }

    private ChangelogEdit() {
    }

    /** Inserts {@code rows}, in the given order, above the table's first row. */
    static void insertRows(TextLines lines, Changelog table, List<NewRow> rows, List<String> problems) {
        String file = table.pos().file();
        Optional<ChangelogEntry> template = table.entries().stream().filter(e -> e.rowProblem().isEmpty()).findFirst();
        if (template.isEmpty()) {
            problems.add(file + ":" + table.firstLine() + ": the changelog table has no well-formed row to take "
                    + "its style from; add the first row by hand");
            return;
        }
        ChangelogEntry t = template.get();
        TableRow shape = TableRow.readRow(lines.content(t.pos().line() - 1));
        List<String> cells = shape.cells().stream().map(TableRow.Cell::text).toList();
        int[] columns = locateColumns(cells, t);
        if (columns[0] < 0) {
            problems.add(t.pos() + ": cannot tell which cell of this changelog row holds the version; add the row by hand");
            return;
        }
        List<String> rendered = new ArrayList<>();
        for (NewRow row : rows) {
            List<String> texts = new ArrayList<>(Collections.nCopies(cells.size(), ""));
            setCell(texts, columns[0], t.rawVersion().startsWith("`") ? "`" + row.version() + "`" : row.version());
            setCell(texts, columns[1], row.date().toString());
            setCell(texts, columns[2], formatPullRequest(t.rawPullRequest(), row));
            setCell(texts, columns[3], escapeCell(row.subject()));
            rendered.add(shape.renderRow(texts));
        }
        lines.insertLines(table.entries().get(0).pos().line() - 1, rendered);
    }

    /**
     * The cell index of version, date, pull request and subject (-1 when absent): where the template
     * row's parsed values sit, preferring the usual position when a value appears in several cells.
     */
    private static int[] locateColumns(List<String> cells, ChangelogEntry t) {
        String[] values = {t.rawVersion(), t.rawDate(), t.rawPullRequest(), t.subject()};
        boolean[] taken = new boolean[cells.size()];
        int[] columns = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            columns[k] = findCell(cells, values[k], k, taken);
            if (columns[k] >= 0) {
                taken[columns[k]] = true;
            }
        }
        return columns;
    }

    private static int findCell(List<String> cells, String value, int usual, boolean[] taken) {
        if (usual < cells.size() && !taken[usual] && cells.get(usual).equals(value)) {
            return usual;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!taken[i] && cells.get(i).equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static void setCell(List<String> texts, int column, String text) {
        if (column >= 0) {
            texts.set(column, text);
        }
    }

    /** {@code [N](<repo>/pull/N)}, with the label's {@code #} or {@code \#} when the template row has one. */
    private static String formatPullRequest(String templateCell, NewRow row) {
        String prefix = templateCell.startsWith("[\\#") ? "\\#" : templateCell.startsWith("[#") ? "#" : "";
        int n = row.pullRequest();
        return "[" + prefix + n + "](" + row.repositoryUrl() + "/pull/" + n + ")";
    }

    /** A table cell's text: unescaped pipes escaped, line breaks turned to spaces. */
    static String escapeCell(String text) {
        StringBuilder out = new StringBuilder();
        String flat = text.replaceAll("\\s*\\R\\s*", " ").strip();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '\\' && i + 1 < flat.length()) {
                out.append(c).append(flat.charAt(++i));
            } else {
                out.append(c == '|' ? "\\|" : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
