package dev.sitegen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the version labels of a timeline so that none overlaps another: each label starts at its mark
 * (or as far left of it as half its width, when that is free) in the lowest row where it fits, and a new
 * row opens above when none has room. Majors weeks apart (source-faker's 4.0.0 and 5.0.0) used to share
 * one centred spot. Widths are estimated from the character count at a generous 7 units per character
 * of the 11-unit font, since the server cannot measure text.
 */
final class TimelineLabels {

    /** SVG units per character: wider than the digits and dots of any usual sans-serif at 11 units. */
    static final double CHAR_WIDTH = 7;
    /** Space kept free between two labels of a row. */
    static final double GAP = 4;
    /** Baseline of the lowest row, and the distance between rows (font size 11 plus space). */
    static final double BASELINE = 22;
    static final double ROW_HEIGHT = 13;

    private TimelineLabels() {
    }

    /** A label at its left edge {@code x} in {@code row} (0 the lowest). */
    record Placed(double x, int row, String text) {
    }

    /**
     * Places one label per mark, in the order given (oldest first, so left to right), within
     * {@code [0, width]}.
     */
    static List<Placed> placeLabels(List<Double> marks, List<String> texts, double width) {
        List<Double> rowEnds = new ArrayList<>();
        List<Placed> out = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            double x = marks.get(i);
            double w = estimateWidth(texts.get(i));
            double wanted = clamp(x - w / 2, width - w);
            int row = 0;
            double left = wanted;
            while (row < rowEnds.size()) {
                left = Math.max(wanted, rowEnds.get(row) + GAP);
                // still over its mark: a label that starts right of the mark would name the next one
                if (left <= Math.max(x, wanted) && left + w <= width) {
                    break;
                }
                row++;
                left = wanted;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            left = Math.round(left * 10) / 10.0;
            rowEnds.set(row, left + w);
            out.add(new Placed(left, row, texts.get(i)));
        }
        return out;
    }

    static double estimateWidth(String text) {
        return text.length() * CHAR_WIDTH;
    }

    private static double clamp(double left, double max) {
        return Math.max(0, Math.min(left, Math.max(0, max)));
    }

    /** How many rows {@code labels} use. */
    static int countRows(List<Placed> labels) {
        return labels.stream().mapToInt(Placed::row).max().orElse(-1) + 1;
    }
}
