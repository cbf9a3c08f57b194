package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code releases.breakingChanges}: the version that breaks (its key), what users must
 * know and by when they must upgrade. Version and deadline are read once, when the file is loaded,
 * and keep their text as written; rules decide what a version that is no SemVer or a deadline that
 * is no date means. {@code pos} is the key's position.
 */
public record BreakingChange(Version version, String message, Optional<Deadline> upgradeDeadline,
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
