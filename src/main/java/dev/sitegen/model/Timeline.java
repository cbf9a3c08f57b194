package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A connector's history in SemVer order, newest first: every changelog release that parses as
 * SemVer, every declared breaking change, the current tag and the registry pins, merged by version.
 */
public record Timeline(List<TimelineRelease> releases) {

    public Timeline {
        releases = List.copyOf(releases);
    }

    public Optional<TimelineRelease> findCurrent() {
        return releases.stream().filter(TimelineRelease::current).findFirst();
    }

    public List<TimelineRelease> breakingReleases() {
        return releases.stream().filter(TimelineRelease::isBreaking).toList();
    }
}
