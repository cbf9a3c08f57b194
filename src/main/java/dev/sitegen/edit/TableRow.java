package dev.sitegen.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The written shape of a markdown table row: its indentation, whether it has outer pipes, and each
 * cell's surrounding whitespace. A new row rendered from a row's shape looks like it: a row padded
 * to column widths pads the new cells to the same widths (a cell too long for its width gets one
 * space), an unpadded row keeps its single spaces, and a row without outer pipes gets none. Pipes
 * escaped with a backslash stay inside their cell, as the changelog parser reads them.
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
        int start = TextLines.indentOf(line);
        boolean leading = start < line.length() && line.charAt(start) == '|';
        int end = line.stripTrailing().length();
        List<Integer> pipes = findPipes(line, leading ? start + 1 : start, end);
        boolean trailing = !pipes.isEmpty() && pipes.get(pipes.size() - 1) == end - 1;
        List<Cell> cells = new ArrayList<>();
        int from = leading ? start + 1 : start;
        for (int pipe : pipes) {
            cells.add(readCell(line.substring(from, pipe)));
            from = pipe + 1;
        }
        if (!trailing) {
            cells.add(readCell(line.substring(from)));
        }
        return new TableRow(line.substring(0, start), leading, cells, trailing, trailing ? line.substring(end) : "");
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

    private static List<Integer> findPipes(String line, int from, int end) {
        List<Integer> pipes = new ArrayList<>();
        for (int i = from; i < end; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes.add(i);
            }
        }
        return pipes;
    }
}
