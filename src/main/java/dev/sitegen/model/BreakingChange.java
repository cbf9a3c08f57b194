package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code releases.breakingChanges}: the version that breaks, what users must know and
 * by when they must upgrade. The deadline is kept as written; rules decide whether it is a date.
 */
public record BreakingChange(String version, String message, Optional<String> upgradeDeadline,
                             Optional<String> migrationDocumentationUrl, Optional<String> deadlineAction,
                             List<ScopedImpact> scopedImpact, SourcePos pos) {

    public BreakingChange {
        scopedImpact = List.copyOf(scopedImpact);
    }

    /** Every stream named by a stream-scoped impact, in written order. */
    public List<String> impactedStreams() {
        return scopedImpact.stream()
                .filter(s -> "stream".equals(s.scopeType()))
                .flatMap(s -> s.impactedScopes().stream())
                .toList();
    }
}
