package dev.sitegen.model;

import java.util.Optional;
import org.semver4j.Semver;

/**
 * The one reading of a version, for changelog cells, migration guide headings and metadata values
 * alike: strict SemVer 2.0.0 once backticks (anywhere) and surrounding whitespace are removed.
 * Nothing is repaired: a leading {@code v} (which semver4j alone would accept), {@code 1.2},
 * {@code 0.1.3.} and {@code 2.0.0.rc4} are no versions, so the checks can report them as written.
 */
public final class SemVers {

    private SemVers() {
    }

    /** The SemVer of {@code text}; empty when it is not one. */
    public static Optional<Semver> parseVersion(String text) {
        String t = text.replace("`", "").strip();
        if (t.isEmpty() || t.charAt(0) < '0' || t.charAt(0) > '9') {
            return Optional.empty();
        }
        return Optional.ofNullable(Semver.parse(t));
    }

    /**
     * Whether a release is a major bump by its own shape: {@code X.0.0} with X >= 1, or below 1.0
     * (where SemVer promises nothing) {@code 0.Y.0} with Y >= 1. Prereleases are not releases.
     */
    public static boolean isMajorShape(Semver v) {
        if (!v.getPreRelease().isEmpty() || v.getPatch() != 0) {
            return false;
        }
        return v.getMajor() >= 1 ? v.getMinor() == 0 : v.getMinor() >= 1;
    }

    /** {@code X.0.0} with X >= 1: the releases the checks require a breaking change (or a decision) for. */
    public static boolean isStrictMajor(Semver v) {
        return v.getPreRelease().isEmpty() && v.getMajor() >= 1 && v.getMinor() == 0 && v.getPatch() == 0;
    }
}
