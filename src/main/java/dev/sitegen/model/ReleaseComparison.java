package dev.sitegen.model;

import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * What a pull request releases for one connector, against its base ref: how the version moved, the
 * breaking changes declared above the base version, and what changed in the spec and the streams.
 * Shared by the change rules and the release summary, so both judge a change the same way.
 */
public final class ReleaseComparison {

    private ReleaseComparison() {
    }

    /** How the version moved from the base: empty when either is no SemVer or it did not go up. */
    public static Optional<ReleaseKind> classifyMove(Version before, Version after) {
        if (before.semver().isEmpty() || after.semver().isEmpty()
                || after.semver().get().compareTo(before.semver().get()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Timelines.classifyRelease(after.semver().get(), before.semver()));
    }

    /**
     * Whether the new version is a new major against the base: a higher major once a candidate's
     * suffix is set aside ({@code 2.0.0-rc.1} over {@code 1.4.0} counts), or below 1.0, where SemVer
     * promises nothing, a higher minor.
     */
    public static boolean isNewMajor(Version before, Version after) {
        if (before.semver().isEmpty() || after.semver().isEmpty()) {
            return false;
        }
        Semver was = before.semver().get().withClearedPreReleaseAndBuild();
        Semver now = after.semver().get().withClearedPreReleaseAndBuild();
        return now.getMajor() > was.getMajor()
                || now.getMajor() == 0 && was.getMajor() == 0 && now.getMinor() > was.getMinor();
    }

    /** The entries of {@code releases.breakingChanges} above the base version and at most the new one. */
    public static List<BreakingChange> listNewBreakingChanges(Metadata before, Metadata now) {
        Optional<Semver> was = before.imageTag().semver();
        Optional<Semver> tag = now.imageTag().semver().map(Semver::withClearedPreReleaseAndBuild);
        if (was.isEmpty() || tag.isEmpty()) {
            return List.of();
        }
        return now.breakingChanges().stream().filter(b -> b.version().semver()
                .filter(v -> v.compareTo(was.get()) > 0 && v.withClearedPreReleaseAndBuild().compareTo(tag.get()) <= 0)
                .isPresent()).toList();
    }

    /** Whether the new version is a new major with a breaking change declared for it since the base. */
    public static boolean isDeclaredMajor(Metadata before, Metadata now) {
        return isNewMajor(before.imageTag(), now.imageTag()) && !listNewBreakingChanges(before, now).isEmpty();
    }

    /**
     * Whether a new major declares the removal of {@code stream}: one of its breaking changes since
     * the base names it in a stream scope, or has no stream scope (it impacts every stream).
     */
    public static boolean isStreamDeclared(Metadata before, Metadata now, String stream) {
        return isNewMajor(before.imageTag(), now.imageTag()) && listNewBreakingChanges(before, now).stream()
                .anyMatch(b -> b.impactedStreams().isEmpty() || b.impactedStreams().contains(stream));
    }

    /**
     * The spec's changes since the base; empty when there is nothing to compare (no spec at a side). Read from the
     * comparison {@link BaseCatalog#compareWith} made for {@code c}, so the rules and the summary share one walk of
     * the two specs; made here only for a change that was not compared with {@code c}'s spec as it is.
     */
    public static Optional<List<SpecChange>> compareSpec(Connector c, ConnectorChange change) {
        return change.compareWithConnector(c).specChanges();
    }

    /** The streams added and removed since the base, when every stream's name is known at both sides. */
    public static Optional<StreamChanges> compareStreams(Connector c, ConnectorChange change) {
        return change.compareWithConnector(c).streamChanges();
    }
}
