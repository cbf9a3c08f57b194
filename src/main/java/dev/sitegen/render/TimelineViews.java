package dev.sitegen.render;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.ReleaseKind;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.TimelineRelease;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays a {@link Timeline} out on a horizontal time axis: dated releases become marks, upgrade
 * deadlines dashed lines, each January 1st a tick. Undated releases are listed in the text summary
 * instead, so nothing is silently left off.
 */
final class TimelineViews {

    static final int WIDTH = 720;
    static final int HEIGHT = 96;
    private static final int MARGIN = 24;

    private TimelineViews() {
    }

    static Optional<TimelineView> layoutTimeline(Timeline timeline, LocalDate asOf) {
        List<TimelineRelease> dated = timeline.releases().stream().filter(r -> r.date().isPresent()).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> deadlineDates = new ArrayList<>();
        for (TimelineRelease r : timeline.breakingReleases()) {
            findDeadline(r.breakingChange().orElseThrow()).ifPresent(deadlineDates::add);
        }
        LocalDate start = dated.stream().map(r -> r.date().get()).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = dated.stream().map(r -> r.date().get()).max(LocalDate::compareTo).orElseThrow();
        for (LocalDate d : deadlineDates) {
            end = d.isAfter(end) ? d : end;
        }
        if (!end.isAfter(start)) {
            end = start.plusDays(30);
        }
        Scale scale = new Scale(start, end);
        List<TimelineMarkView> marks = new ArrayList<>();
        List<TimelineRelease> oldestFirst = new ArrayList<>(dated);
        java.util.Collections.reverse(oldestFirst);
        for (TimelineRelease r : oldestFirst) {
            marks.add(new TimelineMarkView(scale.x(r.date().get()), r.version().getVersion(), r.kind().label(),
                    r.isBreaking(), r.current(), describe(r)));
        }
        List<TimelineTickView> deadlines = new ArrayList<>();
        for (TimelineRelease r : timeline.breakingReleases()) {
            findDeadline(r.breakingChange().orElseThrow()).ifPresent(d ->
                    deadlines.add(new TimelineTickView(scale.x(d), r.version().getVersion() + " deadline " + d)));
        }
        List<TimelineTickView> years = new ArrayList<>();
        for (int y = start.getYear() + 1; y <= end.getYear(); y++) {
            years.add(new TimelineTickView(scale.x(LocalDate.of(y, 1, 1)), String.valueOf(y)));
        }
        boolean asOfVisible = !asOf.isBefore(start) && !asOf.isAfter(end);
        List<String> undated = timeline.releases().stream().filter(r -> r.date().isEmpty())
                .map(r -> r.version().getVersion()).toList();
        List<TimelineMarkView> labelled = marks.stream().filter(TimelineMarkView::breaking).toList();
        List<TimelineLabels.Placed> placed = TimelineLabels.placeLabels(
                labelled.stream().map(TimelineMarkView::x).toList(),
                labelled.stream().map(TimelineMarkView::version).toList(), WIDTH);
        double shift = Math.max(0, TimelineLabels.countRows(placed) - 1) * TimelineLabels.ROW_HEIGHT;
        List<TimelineLabelView> labels = placed.stream().map(p -> new TimelineLabelView(p.x(),
                TimelineLabels.BASELINE - p.row() * TimelineLabels.ROW_HEIGHT, p.text())).toList();
        return Optional.of(new TimelineView(WIDTH, HEIGHT + (int) shift, shift, marks, labels, years, deadlines,
                asOfVisible ? scale.x(asOf) : 0, asOfVisible, summarize(dated, timeline, start, end), undated));
    }

    private static String describe(TimelineRelease r) {
        StringBuilder s = new StringBuilder(r.version().getVersion()).append(" (").append(r.kind().label());
        r.date().ifPresent(d -> s.append(", ").append(d));
        if (r.isBreaking()) {
            s.append(", breaking");
        }
        if (r.current()) {
            s.append(", current");
        }
        return s.append(')').toString();
    }

    private static String summarize(List<TimelineRelease> dated, Timeline t, LocalDate start, LocalDate end) {
        long majors = t.releases().stream().filter(r -> r.kind() == ReleaseKind.MAJOR).count();
        List<String> breaking = t.breakingReleases().stream().map(r -> r.version().getVersion()).toList();
        return dated.size() + " dated releases from " + start + " to " + end + ", " + majors + " major"
                + (breaking.isEmpty() ? ", no breaking changes." : ", breaking changes in " + String.join(", ", breaking) + ".");
    }

    /** The breaking change's deadline when it is a date, as read at load time. */
    static Optional<LocalDate> findDeadline(BreakingChange bc) {
        return bc.upgradeDeadline().flatMap(Deadline::date);
    }

    private record Scale(LocalDate start, LocalDate end) {
        double x(LocalDate d) {
            double span = ChronoUnit.DAYS.between(start, end);
            double at = ChronoUnit.DAYS.between(start, d);
            return Math.round((MARGIN + (WIDTH - 2.0 * MARGIN) * at / span) * 10) / 10.0;
        }
    }
}
