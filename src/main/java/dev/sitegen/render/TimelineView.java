package dev.sitegen.render;

import java.util.List;

/**
 * The version timeline of a connector page: SVG geometry for the template (marks, year ticks,
 * deadlines, the as-of line, the breaking versions' labels in as many rows as they need) and a text
 * summary that stands in for the picture. {@code shift} moves the drawing down to make room for the
 * label rows above the first; {@code height} includes it.
 */
public record TimelineView(int width, int height, double shift, List<TimelineMarkView> marks,
                           List<TimelineLabelView> labels, List<TimelineTickView> years,
                           List<TimelineTickView> deadlines, double asOfX, boolean asOfVisible,
                           String summary, List<String> undated) {
}
