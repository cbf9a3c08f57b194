package dev.sitegen.render;

import java.util.List;

/** The releases of one week (Monday to Sunday), newest first. */
public record ReleaseWeekView(String weekStart, List<ReleaseView> releases) {
}
