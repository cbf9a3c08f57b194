package dev.sitegen.render;

/** A labelled position on the timeline's axis (a year start, a deadline, or the as-of date). */
public record TimelineTickView(double x, String label) {
}
