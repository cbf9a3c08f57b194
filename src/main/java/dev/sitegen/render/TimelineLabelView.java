package dev.sitegen.render;

/** A version label over the timeline: its left edge and baseline in SVG units (before the drawing's shift). */
public record TimelineLabelView(double x, double y, String text) {
}
