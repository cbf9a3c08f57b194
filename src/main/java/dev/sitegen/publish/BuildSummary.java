package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a build was about, beyond its files: the generator, the as-of date deadlines were judged
 * against, each connector's version (folder name to version), the declared breaking changes and the
 * check counts, and with {@code --changed-since} what each changed connector releases
 * ({@link ReleaseSummary}). Plain data handed over by the command line, so publishing needs no checker.
 */
public record BuildSummary(String generator, String asOf, SortedMap<String, String> connectorVersions,
                           List<BreakingChangeEntry> breakingChanges, FindingCounts checks,
                           List<ReleaseSummary> releases) {

    public BuildSummary {
        connectorVersions = Collections.unmodifiableSortedMap(new TreeMap<>(connectorVersions));
        breakingChanges = List.copyOf(breakingChanges);
        releases = List.copyOf(releases);
    }

    /** A summary of a build without {@code --changed-since}: it releases nothing it could compare. */
    public BuildSummary(String generator, String asOf, SortedMap<String, String> connectorVersions,
                        List<BreakingChangeEntry> breakingChanges, FindingCounts checks) {
        this(generator, asOf, connectorVersions, breakingChanges, checks, List.of());
    }
}
