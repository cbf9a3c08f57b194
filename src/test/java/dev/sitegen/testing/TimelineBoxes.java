package dev.sitegen.testing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The version labels of a rendered timeline SVG as boxes (left edge and baseline from the SVG, width from the
 * text length at 0.62 em of the 11-unit font, ascent 0.8 em and descent 0.25 em), and the pairs that overlap.
 * The estimate is independent of the layout's own; the browser test measures real glyphs.
 */
public final class TimelineBoxes {

    private static final double FONT = 11;

    private TimelineBoxes() {
    }

    public record Box(String text, double left, double top, double right, double bottom) {
        boolean overlaps(Box o) {
            return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
        }
    }

    public static List<Box> listLabelBoxes(Element svg) {
        List<Box> boxes = new ArrayList<>();
        for (Element t : svg.select("text.tl-label")) {
            double x = Double.parseDouble(t.attr("x"));
            double y = Double.parseDouble(t.attr("y"));
            String anchor = t.attr("text-anchor");
            double w = t.text().length() * 0.62 * FONT;
            double left = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            boxes.add(new Box(t.text(), left, y - 0.8 * FONT, left + w, y + 0.25 * FONT));
        }
        return boxes;
    }

    /** "a over b" for each pair of overlapping labels. */
    public static List<String> findOverlaps(List<Box> boxes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    out.add(boxes.get(i).text() + " over " + boxes.get(j).text());
                }
            }
        }
        return out;
    }
}
