package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code prerelease-rollout}: the current tag is a prerelease ({@code -rc.N}) without
 * {@code releases.rolloutConfiguration}, or a prerelease of a major {@code X.0.0} (X >= 1). A release
 * candidate reaches users only through a progressive rollout; without its configuration it is either
 * never tested on real connections or published to everyone. A major cannot be rolled out
 * progressively at all (its breaking change needs every user to act), so its candidate is flagged too.
 */
final class PrereleaseRolloutRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("prerelease-rollout", Severity.WARNING,
            "A prerelease dockerImageTag has no releases.rolloutConfiguration, or is a major's release candidate.",
            "Release candidates (X.Y.Z-rc.N) are shipped by progressive rollout, configured "
                    + "under releases.rolloutConfiguration. Majors carry breaking changes that every user must "
                    + "act on, so they are not rolled out progressively: release X.0.0 directly.",
                    """
                    dockerImageTag: 3.7.2-rc.1        (no releases.rolloutConfiguration)
                    dockerImageTag: 4.0.0-rc.1
                    """,
                    """
                    dockerImageTag: 3.7.2-rc.1
                    releases:
                      rolloutConfiguration:
                        enableProgressiveRollout: true
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        Optional<Semver> tag = c.metadata().imageTag().semver();
        if (tag.isEmpty() || tag.get().getPreRelease().isEmpty()) {
            return;
        }
        Semver v = tag.get();
        Semver base = v.withClearedPreReleaseAndBuild();
        if (base.getMajor() >= 1 && base.getMinor() == 0 && base.getPatch() == 0) {
            out.add(INFO.createDiagnostic(c, c.metadata().imageTag().pos(), "dockerImageTag "
                            + v.getVersion() + " is a release candidate of major " + base.getVersion()
                            + ", which cannot be rolled out progressively",
                    "release 'dockerImageTag: " + base.getVersion() + "' directly, with its releases.breakingChanges entry"));
        } else if (!c.metadata().rolloutConfigured()) {
            out.add(INFO.createDiagnostic(c, c.metadata().imageTag().pos(), "prerelease dockerImageTag "
                            + v.getVersion() + " has no releases.rolloutConfiguration",
                    "add 'rolloutConfiguration:' with 'enableProgressiveRollout: true' under 'releases:' in "
                            + c.metadataFile()));
        }
    }
}
