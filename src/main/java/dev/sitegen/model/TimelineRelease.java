package dev.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * One version on a connector's timeline: from its changelog row when it has one, its breaking
 * change and migration section when declared, whether it is the current tag and which registries
 * pin it. {@code announced} marks a breaking version that is declared but newer than the current tag.
 */
public record TimelineRelease(Semver version, ReleaseKind kind, Optional<LocalDate> date,
                              Optional<ChangelogEntry> entry, Optional<BreakingChange> breakingChange,
                              Optional<MigrationSection> migrationSection, boolean current,
                              List<String> pinnedBy, boolean announced) {

    public TimelineRelease {
        pinnedBy = List.copyOf(pinnedBy);
    }

    public boolean isBreaking() {
        return breakingChange.isPresent();
    }
}
