package dev.sitegen.render;

import dev.sitegen.model.Timeline;
import dev.sitegen.model.TimelineRelease;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.semver4j.Semver;

/** Computes a connector's upgrade planner from its timeline and breaking changes. */
final class PlannerViews {

    private PlannerViews() {
    }

    /** {@code changes} are the connector's breaking changes with their versions as read at load time. */
    static Optional<PlannerView> createPlanner(Timeline timeline, List<BreakingChangeViews.VersionedView> changes) {
        Optional<TimelineRelease> current = timeline.findCurrent();
        if (changes.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        Semver latest = current.get().version();
        List<BreakingChangeViews.VersionedView> steps = changes.stream()
                .filter(c -> c.version().isPresent())
                .sorted(Comparator.comparing(c -> c.version().orElseThrow()))
                .toList();
        List<String> from = timeline.releases().stream().map(TimelineRelease::version)
                .filter(v -> v.compareTo(latest) < 0).map(Semver::getVersion).toList();
        TreeSet<Integer> majors = new TreeSet<>(Comparator.reverseOrder());
        timeline.releases().stream().map(r -> r.version().getMajor()).filter(m -> m <= latest.getMajor())
                .forEach(majors::add);
        List<PlannerView.FromMajor> perMajor = new ArrayList<>();
        for (int major : majors) {
            // Below 1.0 a minor can break, so anyone on 0.x may still face every 0.y.0 change.
            List<BreakingChangeView> ahead = steps.stream().filter(s -> {
                Semver v = s.version().orElseThrow();
                return (v.getMajor() > major || major == 0) && v.compareTo(latest) <= 0;
            }).map(BreakingChangeViews.VersionedView::view).toList();
            perMajor.add(new PlannerView.FromMajor(major + ".x", ahead));
        }
        return Optional.of(new PlannerView(latest.getVersion(), from,
                steps.stream().map(BreakingChangeViews.VersionedView::view).toList(), perMajor));
    }
}
