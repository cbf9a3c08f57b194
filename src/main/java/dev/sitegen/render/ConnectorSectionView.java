package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * Everything a connector page shows about one connector besides the doc: header facts, the
 * version timeline (absent when no release has a date) and the changelog rows from data.
 */
public record ConnectorSectionView(ConnectorFactsView facts, Optional<TimelineView> timeline,
                                   List<ChangelogRowView> changelog) {
}
