package dev.sitegen.render;

import java.util.List;

/**
 * The version timeline of a connector page: SVG geometry for the template (marks, year ticks,
 * deadlines, the as-of line) and a text summary that stands in for the picture.
 */
public record TimelineView(int width, int height, List<TimelineMarkView> marks, List<TimelineTickView> years,
                           List<TimelineTickView> deadlines, double asOfX, boolean asOfVisible,
                           String summary, List<String> undated) {
}
