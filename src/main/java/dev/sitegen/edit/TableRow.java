package dev.sitegen.edit;

import dev.sitegen.markdown.TableCells;
import java.util.ArrayList;
import java.util.List;

/**
 * The written shape of a markdown table row: its indentation, whether it has outer pipes, and each
 * cell's surrounding whitespace. A new row rendered from a row's shape looks like it: a row padded
 * to column widths pads the new cells to the same widths (a cell too long for its width gets one
 * space), an unpadded row keeps its single spaces, and a row without outer pipes gets none. The
 * cells are where {@link TableCells}, the changelog parser's splitter, puts them.
 */
record TableRow(String indent, boolean leadingPipe, List<Cell> cells, boolean trailingPipe, String tail) {

    /** One cell as written: the whitespace before its text, the text, the whitespace after. */
    record Cell(String lead, String text, String trail) {

        int width() {
            return lead.length() + text.length() + trail.length();
        }
    }

    TableRow {
        cells = List.copyOf(cells);
    }

    static TableRow readRow(String line) {
        TableCells split = TableCells.splitRow(line);
        List<TableCells.Span> spans = split.cells();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            TableCells.Span span = spans.get(i);
            // an open last cell keeps the whitespace that ends the line
            boolean open = i == spans.size() - 1 && !split.trailingPipe();
            cells.add(readCell(line.substring(span.start(), open ? line.length() : span.end())));
        }
        String tail = split.trailingPipe() ? line.substring(split.contentEnd()) : "";
        return new TableRow(line.substring(0, split.contentStart()), split.leadingPipe(), cells, split.trailingPipe(),
                tail);
    }

    /** A row of this shape holding {@code texts}, one per cell. */
    String renderRow(List<String> texts) {
        boolean padded = isPadded();
        StringBuilder out = new StringBuilder(indent);
        if (leadingPipe) {
            out.append('|');
        }
        for (int i = 0; i < cells.size(); i++) {
            boolean open = i == cells.size() - 1 && !trailingPipe;
            out.append(renderCell(cells.get(i), texts.get(i), padded && !open));
            if (i < cells.size() - 1) {
                out.append('|');
            }
        }
        if (trailingPipe) {
            out.append('|').append(tail);
        }
        return out.toString();
    }

    /** Whether any closed cell has more than one space on a side: the row is aligned to widths. */
    private boolean isPadded() {
        int closed = trailingPipe ? cells.size() : cells.size() - 1;
        return cells.subList(0, closed).stream().anyMatch(c -> c.lead().length() > 1 || c.trail().length() > 1);
    }

    private static String renderCell(Cell shape, String text, boolean padded) {
        String lead = shape.lead().length() > 1 ? " " : shape.lead();
        String trail = shape.trail().length() > 1 ? " " : shape.trail();
        if (!padded) {
            return shape.lead() + text + shape.trail();
        }
        int room = shape.width() - lead.length() - text.length() - trail.length();
        if (room <= 0) {
            return lead + text + trail;
        }
        boolean rightAligned = shape.lead().length() > 1 && shape.trail().length() <= 1;
        return rightAligned ? " ".repeat(room) + lead + text + trail : lead + text + trail + " ".repeat(room);
    }

    /** A cell's parts; an empty cell's whitespace counts as one space before and the rest after. */
    private static Cell readCell(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return raw.isEmpty() ? new Cell("", "", "") : new Cell(" ", "", raw.length() > 1 ? raw.substring(1) : " ");
        }
        int lead = raw.indexOf(text);
        return new Cell(raw.substring(0, lead), text, raw.substring(lead + text.length()));
    }
}
