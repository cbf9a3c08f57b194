package dev.sitegen.render;

/**
 * A release drawn on the timeline: x in SVG units, its kind (major, minor, patch, prerelease),
 * whether it breaks, and the text of its tooltip.
 */
public record TimelineMarkView(double x, String version, String kind, boolean breaking, boolean current,
                               String label) {
}
