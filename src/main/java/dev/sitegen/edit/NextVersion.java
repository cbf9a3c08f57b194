package dev.sitegen.edit;

import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Computes the version a bump moves to. {@code patch}, {@code minor} and {@code major} start from a
 * release (on a release candidate they refuse: use {@code rc} or {@code release}); with {@code --rc}
 * a patch or minor becomes the first candidate of that version. {@code rc} counts candidates up
 * ({@code 1.4.0-rc.1} to {@code 1.4.0-rc.2}) or starts one for the next patch ({@code 1.3.2} to
 * {@code 1.3.3-rc.1}); {@code release} drops the candidate suffix. Majors get no candidates: their
 * breaking change needs every user to act, so they are not rolled out progressively.
 */
final class NextVersion {

    private NextVersion() {
    }

    static Optional<Semver> computeNext(Semver current, BumpKind kind, boolean candidate, List<String> problems) {
        boolean isCandidate = !current.getPreRelease().isEmpty();
        if (isCandidate && (kind == BumpKind.PATCH || kind == BumpKind.MINOR || kind == BumpKind.MAJOR)) {
            problems.add("version " + current.getVersion() + " is a prerelease: use 'rc' for its next candidate "
                    + "or 'release' to promote it, not '" + kind.label() + "'");
            return Optional.empty();
        }
        return switch (kind) {
            case PATCH -> Optional.of(withCandidate(current.getMajor(), current.getMinor(), current.getPatch() + 1, candidate));
            case MINOR -> Optional.of(withCandidate(current.getMajor(), current.getMinor() + 1, 0, candidate));
            case MAJOR -> computeMajor(current, candidate, problems);
            case RC -> computeCandidate(current, problems);
            case RELEASE -> computeRelease(current, problems);
        };
    }

    private static Optional<Semver> computeMajor(Semver current, boolean candidate, List<String> problems) {
        if (candidate) {
            problems.add("--rc cannot be used with 'major': a major is released directly, with its breaking change");
            return Optional.empty();
        }
        return Optional.of(withCandidate(current.getMajor() + 1, 0, 0, false));
    }

    private static Optional<Semver> computeCandidate(Semver current, List<String> problems) {
        List<String> pre = current.getPreRelease();
        if (pre.isEmpty()) {
            return Optional.of(withCandidate(current.getMajor(), current.getMinor(), current.getPatch() + 1, true));
        }
        if (pre.size() != 2 || !pre.get(0).equals("rc") || !pre.get(1).matches("\\d{1,9}")) {
            problems.add("version " + current.getVersion() + " is a prerelease but not 'X.Y.Z-rc.N', so its next "
                    + "candidate is unclear: set dockerImageTag by hand");
            return Optional.empty();
        }
        int candidate = Integer.parseInt(pre.get(1)) + 1;
        return Optional.of(current.withClearedPreReleaseAndBuild().withPreRelease("rc." + candidate));
    }

    private static Optional<Semver> computeRelease(Semver current, List<String> problems) {
        if (current.getPreRelease().isEmpty()) {
            problems.add("version " + current.getVersion() + " is no release candidate, so there is nothing to "
                    + "release: use patch, minor or major");
            return Optional.empty();
        }
        return Optional.of(current.withClearedPreReleaseAndBuild());
    }

    /** Built from its parts, never from text: nothing here parses a version. */
    private static Semver withCandidate(int major, int minor, int patch, boolean candidate) {
        Semver v = Semver.of(major, minor, patch);
        return candidate ? v.withPreRelease("rc.1") : v;
    }
}
