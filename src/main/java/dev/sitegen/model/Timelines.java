package dev.sitegen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.semver4j.Semver;

/**
 * Builds a connector's {@link Timeline} from the versions read at load time. Versions are keyed by
 * SemVer precedence, so {@code `1.2.0`} in a changelog and {@code 1.2.0} in metadata meet; the first
 * changelog row of a version wins when a changelog repeats one.
 */
public final class Timelines {

    private Timelines() {
    }

    public static Timeline buildTimeline(Connector connector) {
        Metadata m = connector.metadata();
        Map<Semver, Builder> byVersion = new TreeMap<>(Comparator.reverseOrder());
        for (ChangelogEntry e : connector.changelog().map(Changelog::entries).orElse(List.of())) {
            if (e.version().isPresent()) {
                Builder b = byVersion.computeIfAbsent(e.version().get(), Builder::new);
                b.entry = b.entry.or(() -> Optional.of(e));
            }
        }
        for (BreakingChange bc : m.breakingChanges()) {
            bc.version().semver().ifPresent(v -> byVersion.computeIfAbsent(v, Builder::new).breaking = Optional.of(bc));
        }
        Optional<Semver> current = m.imageTag().semver();
        current.ifPresent(v -> byVersion.computeIfAbsent(v, Builder::new).current = true);
        for (RegistryOverride r : m.registryOverrides()) {
            r.imageTag().flatMap(Version::semver)
                    .ifPresent(v -> byVersion.computeIfAbsent(v, Builder::new).pinnedBy.add(r.registry()));
        }
        List<Semver> versions = new ArrayList<>(byVersion.keySet());
        List<TimelineRelease> releases = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Semver v = versions.get(i);
            Optional<Semver> previous = i + 1 < versions.size() ? Optional.of(versions.get(i + 1)) : Optional.empty();
            Builder b = byVersion.get(v);
            Optional<MigrationSection> section = connector.migrationGuide()
                    .flatMap(g -> g.findSection(v.getVersion()));
            boolean announced = b.breaking.isPresent() && current.map(c -> v.compareTo(c) > 0).orElse(false);
            releases.add(new TimelineRelease(v, classifyRelease(v, previous), b.entry.flatMap(ChangelogEntry::date),
                    b.entry, b.breaking, b.breaking.isPresent() ? section : Optional.empty(), b.current,
                    b.pinnedBy, announced));
        }
        return new Timeline(releases);
    }

    /** Which component moved from the previous version; the first release is judged by its own shape. */
    public static ReleaseKind classifyRelease(Semver version, Optional<Semver> previous) {
        if (!version.getPreRelease().isEmpty()) {
            return ReleaseKind.PRERELEASE;
        }
        Semver base = previous.map(Semver::withClearedPreReleaseAndBuild).orElse(Semver.ZERO);
        if (version.getMajor() != base.getMajor()) {
            return ReleaseKind.MAJOR;
        }
        if (version.getMinor() != base.getMinor()) {
            return ReleaseKind.MINOR;
        }
        return ReleaseKind.PATCH;
    }

    private static final class Builder {
        Optional<ChangelogEntry> entry = Optional.empty();
        Optional<BreakingChange> breaking = Optional.empty();
        boolean current;
        final List<String> pinnedBy = new ArrayList<>();

        Builder(Semver ignored) {
        }
    }
}
