package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The one markdown table-row splitter, shared by the changelog parser and {@code bump}'s row edits so
 * that both see the same cells. A row splits on every pipe that is not escaped ({@code \|} stays in
 * its cell as written); as in GFM, a pipe inside a code span splits too unless escaped. The leading
 * and trailing pipes are optional. Spans keep the whitespace around each cell's text, so an editor
 * can write a new row in the same shape.
 *
 * @param contentStart where the row starts, after its indentation
 * @param contentEnd where the row ends, before trailing whitespace
 * @param leadingPipe whether the row opens with a pipe
 * @param trailingPipe whether the row closes with a pipe
 * @param cells each cell's extent between pipes (or the row's start and end), whitespace included
 */
public record TableCells(int contentStart, int contentEnd, boolean leadingPipe, boolean trailingPipe,
                         List<Span> cells) {

    /** A cell's extent in the row's line: {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    public TableCells {
        cells = List.copyOf(cells);
    }

    public static TableCells splitRow(String line) {
        int from = skipWhitespace(line, 0);
        int to = line.length();
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        boolean leading = from < to && line.charAt(from) == '|';
        int cellStart = leading ? from + 1 : from;
        List<Span> cells = new ArrayList<>();
        for (int i = cellStart; i < to; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells.add(new Span(cellStart, i));
                cellStart = i + 1;
            }
        }
        boolean trailing = !cells.isEmpty() && cellStart == to;
        if (cellStart < to) {
            cells.add(new Span(cellStart, to));
        }
        return new TableCells(from, to, leading, trailing, cells);
    }

    /** Whether the row has a pipe at all (a line without one is no table row). */
    public boolean hasPipe() {
        return leadingPipe || trailingPipe || cells.size() > 1;
    }

    /** Each cell's text without the whitespace around it. */
    public List<String> trimCells(String line) {
        List<String> out = new ArrayList<>(cells.size());
        for (Span cell : cells) {
            int a = skipWhitespace(line, cell.start());
            int b = cell.end();
            while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                b--;
            }
            out.add(line.substring(a, Math.max(a, b)));
        }
        return out;
    }

    private static int skipWhitespace(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
