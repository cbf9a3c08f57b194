package dev.sitegen.publish;

import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.ReleaseComparison;
import dev.sitegen.model.SpecChange;
import dev.sitegen.model.StreamChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a pull request releases for one changed connector, as the manifest records it and {@code diff}
 * prints it: the version at the base ref and now and the kind of the move ({@code major}, {@code minor},
 * {@code patch}, {@code candidate}; {@code new} without a base, {@code unchanged}, {@code lower}, or
 * {@code unknown} when a version is no SemVer), the breaking changes declared above the base version,
 * and the spec and stream changes, compatible or not. {@code specNote} says why the spec was not
 * compared (empty when it was); {@code streams} is empty when the streams are not all known at both sides.
 * Plain data, so a manifest read back gives the same value.
 */
public record ReleaseSummary(String connector, Optional<String> before, String after, String kind,
                             List<BreakingChangeEntry> breakingChanges, List<Change> specChanges, String specNote,
                             Optional<Streams> streams) {

    /** One spec change: its FieldAnchor path, kind id ({@code required-field-added}), whether it breaks, detail. */
    public record Change(String path, String kind, boolean incompatible, String detail) {
    }

    /** The stream names added and removed, sorted. */
    public record Streams(List<String> added, List<String> removed) {

        public Streams {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    public ReleaseSummary {
        breakingChanges = List.copyOf(breakingChanges);
        specChanges = List.copyOf(specChanges);
    }

    /** A summary per connector of {@code base} that the catalog still has, by folder name. */
    public static List<ReleaseSummary> summarizeReleases(Catalog catalog, BaseCatalog base) {
        List<ReleaseSummary> out = new ArrayList<>();
        base.changes().keySet().stream().sorted().forEach(dir -> catalog.findConnector(dir)
                .ifPresent(c -> out.add(summarizeRelease(c, base.changes().get(dir), base.ref()))));
        return out;
    }

    static ReleaseSummary summarizeRelease(Connector c, ConnectorChange change, String ref) {
        Metadata now = c.metadata();
        if (change.baseMetadata().isEmpty()) {
            return new ReleaseSummary(c.dir(), Optional.empty(), now.dockerImageTag(), "new",
                    describeBreaking(c.dir(), now.breakingChanges()), List.of(), "new at " + ref, Optional.empty());
        }
        Metadata was = change.baseMetadata().get();
        List<SpecChange> spec = ReleaseComparison.compareSpec(c, change).orElse(List.of());
        String note = change.baseSpec().problem().map(p -> "the spec at " + ref + " does not read as one")
                .or(() -> change.baseSpec().spec().isEmpty() ? Optional.of("no spec at " + ref) : Optional.empty())
                .or(() -> c.spec().isEmpty() ? Optional.of("no readable spec now") : Optional.empty()).orElse("");
        return new ReleaseSummary(c.dir(), Optional.of(was.dockerImageTag()), now.dockerImageTag(),
                describeKind(was, now), describeBreaking(c.dir(), ReleaseComparison.listNewBreakingChanges(was, now)),
                spec.stream().map(s -> new Change(s.path(), s.kind().id(), s.isIncompatible(), s.detail())).toList(),
                note, ReleaseComparison.compareStreams(c, change).map(ReleaseSummary::describeStreams));
    }

    private static String describeKind(Metadata was, Metadata now) {
        Optional<String> moved = ReleaseComparison.classifyMove(was.imageTag(), now.imageTag())
                .map(k -> switch (k) {
                    case PRERELEASE -> "candidate";
                    default -> k.label();
                });
        if (moved.isPresent()) {
            return moved.get();
        }
        if (was.imageTag().semver().isEmpty() || now.imageTag().semver().isEmpty()) {
            return was.dockerImageTag().strip().equals(now.dockerImageTag().strip()) ? "unchanged" : "unknown";
        }
        return now.imageTag().semver().get().compareTo(was.imageTag().semver().get()) == 0 ? "unchanged" : "lower";
    }

    private static List<BreakingChangeEntry> describeBreaking(String dir, List<BreakingChange> entries) {
        return entries.stream().map(b -> new BreakingChangeEntry(dir, b.version().raw(),
                b.upgradeDeadline().map(Deadline::raw))).toList();
    }

    private static Streams describeStreams(StreamChanges s) {
        return new Streams(s.added(), s.removed());
    }
}
