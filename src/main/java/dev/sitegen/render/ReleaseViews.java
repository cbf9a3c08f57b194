package dev.sitegen.render;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Timeline;
import dev.sitegen.model.TimelineRelease;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest releases across the catalog by changelog date (none after the as-of date), newest
 * first, at most {@value #LIMIT}, and the same list grouped by week for the releases page.
 */
final class ReleaseViews {

    static final int LIMIT = 200;

    private ReleaseViews() {
    }

    /** Newest first; ties by connector name, folder and version, so the order never depends on threads. */
    private static final Comparator<ReleaseView> LATEST_FIRST = Comparator.comparing(ReleaseView::date).reversed()
            .thenComparing(ReleaseView::connectorName).thenComparing(ReleaseView::connectorDir)
            .thenComparing(ReleaseView::version);

    /** @param byConnector each connector's {@link #listConnectorReleases} (or its {@link #keepLatest}) */
    static List<ReleaseView> listLatestReleases(List<List<ReleaseView>> byConnector) {
        List<ReleaseView> all = new ArrayList<>();
        for (List<ReleaseView> releases : byConnector) {
            all.addAll(releases);
        }
        return keepLatest(all);
    }

    /**
     * The at most {@value #LIMIT} latest of {@code releases}. Whatever is among the catalog's latest is
     * among its own connector's latest, so a connector's list can be cut to this before they are merged.
     */
    static List<ReleaseView> keepLatest(List<ReleaseView> releases) {
        List<ReleaseView> sorted = new ArrayList<>(releases);
        sorted.sort(LATEST_FIRST);
        return sorted.size() > LIMIT ? List.copyOf(sorted.subList(0, LIMIT)) : sorted;
    }

    /**
     * The date of the catalog's {@value #LIMIT}th latest dated release up to {@code asOf} (none when there
     * are fewer): a release older than it cannot be among the latest, so each connector keeps only its
     * releases from that date on while the feeds are written, instead of all of them (a 10x catalog held
     * about 190,000 release views at once here).
     */
    static Optional<LocalDate> findCutoff(List<Connector> connectors, TimelineCache timelines, LocalDate asOf) {
        List<LocalDate> dates = new ArrayList<>();
        for (Connector c : connectors) {
            for (TimelineRelease r : timelines.of(c).releases()) {
                if (r.entry().isPresent() && r.date().filter(d -> !d.isAfter(asOf)).isPresent()) {
                    dates.add(r.date().get());
                }
            }
        }
        return findCutoff(dates);
    }

    /** The {@value #LIMIT}th latest of {@code dates}, when there are more than that; sorts {@code dates}. */
    static Optional<LocalDate> findCutoff(List<LocalDate> dates) {
        if (dates.size() <= LIMIT) {
            return Optional.empty();
        }
        dates.sort(Comparator.reverseOrder());
        return Optional.of(dates.get(LIMIT - 1));
    }

    /** {@link #keepLatest} of the releases dated on or after {@code cutoff}, when there is one. */
    static List<ReleaseView> keepLatest(List<ReleaseView> releases, Optional<LocalDate> cutoff) {
        if (cutoff.isEmpty()) {
            return keepLatest(releases);
        }
        return keepLatest(releases.stream().filter(r -> !LocalDate.parse(r.date()).isBefore(cutoff.get())).toList());
    }

    /** A connector's dated releases up to the as-of date, newest first. */
    static List<ReleaseView> listConnectorReleases(Connector c, Timeline timeline, LocalDate asOf) {
        List<ReleaseView> out = new ArrayList<>();
        for (TimelineRelease r : timeline.releases()) {
            if (r.date().isEmpty() || r.entry().isEmpty() || r.date().get().isAfter(asOf)) {
                continue;
            }
            String subject = r.entry().get().subject();
            out.add(new ReleaseView(c.dir(), c.metadata().name(),
                    c.pagePath() + "/#v" + r.version().getVersion(), r.version().getVersion(),
                    r.date().get().toString(), r.kind().label(), r.isBreaking(), InlineTokens.tokenize(subject),
                    subject));
        }
        return out;
    }

    static List<ReleaseWeekView> groupByWeek(List<ReleaseView> releases) {
        Map<String, List<ReleaseView>> weeks = new LinkedHashMap<>();
        for (ReleaseView r : releases) {
            String monday = LocalDate.parse(r.date())
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            weeks.computeIfAbsent(monday, k -> new ArrayList<>()).add(r);
        }
        return weeks.entrySet().stream().map(e -> new ReleaseWeekView(e.getKey(), e.getValue())).toList();
    }
}
