package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * Everything a connector page shows about one connector besides the doc: header facts, the banner
 * of the soonest upcoming breaking-change deadline, every breaking change (newest first), the
 * upgrade planner, availability per registry, the version timeline (absent when no release has a
 * date), the changelog rows from data and the Reference section of its spec (absent without a spec).
 */
public record ConnectorSectionView(ConnectorFactsView facts, Optional<BreakingChangeView> banner,
                                   List<BreakingChangeView> breakingChanges, Optional<PlannerView> planner,
                                   List<AvailabilityView> availability, Optional<TimelineView> timeline,
                                   List<ChangelogRowView> changelog, Optional<SpecReferenceView> reference) {
}
