package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SemVers;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code breaking-change-not-major}: a {@code releases.breakingChanges} key that is not a major
 * bump. The ecosystem's rule is that a breaking change requires a major version, so users on
 * automatic minor/patch upgrades are never broken. {@code X.0.0} (X >= 1) is a major; below 1.0,
 * where SemVer promises nothing, {@code 0.Y.0} counts as one too.
 */
final class BreakingChangeNotMajorRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("breaking-change-not-major", Severity.WARNING,
            "A breakingChanges version is not a major bump (X.0.0, or 0.Y.0 below 1.0).",
            "Breaking changes ship only in major versions: minor and patch upgrades are "
                    + "applied automatically, so a breaking minor breaks users without warning. Release the "
                    + "change as the next major (X.0.0; below 1.0, 0.Y.0 is accepted) and key the entry by it.",
                    """
                    releases:
                      breakingChanges:
                        1.4.0:
                          message: The cursor of stream 'refunds' changed; reset it.
                          upgradeDeadline: "2024-07-14"
                    """,
                    """
                    releases:
                      breakingChanges:
                        2.0.0:
                          message: The cursor of stream 'refunds' changed; reset it.
                          upgradeDeadline: "2024-07-14"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        for (BreakingChange bc : c.metadata().breakingChanges()) {
            Optional<Semver> v = bc.version().semver();
            if (v.isPresent() && SemVers.isMajorShape(v.get())) {
                continue;
            }
            String next = v.map(x -> x.getMajor() == 0 ? x.nextMinor() : x.nextMajor())
                    .map(Semver::getVersion).orElse("X.0.0");
            String version = bc.version().raw();
            out.add(INFO.createDiagnostic(c, bc.pos(), "breaking change " + version + " is not a major version",
                    "release the breaking change as " + next + " and rename the key '" + version + ":' to '"
                            + next + ":' under releases.breakingChanges, or remove the entry if nothing breaks"));
        }
    }
}
