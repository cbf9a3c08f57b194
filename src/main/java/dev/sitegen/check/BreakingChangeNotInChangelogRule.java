package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * {@code breaking-change-not-in-changelog}: a declared breaking version has no changelog row, so
 * users reading the doc never learn that release broke something. A breaking change newer than the
 * current tag is an announcement of an upcoming release, not a mistake: reported as info.
 */
final class BreakingChangeNotInChangelogRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("breaking-change-not-in-changelog", Severity.ERROR,
            "A breakingChanges version has no changelog row (info when it is newer than dockerImageTag).",
            "Every released breaking version has its changelog row, whose subject says "
                    + "what breaks. A breaking change declared ahead of its release (newer than dockerImageTag) "
                    + "is reported as info until it ships.",
                    """
                    metadata.yaml:  breakingChanges: {2.0.0: {...}}   dockerImageTag: 2.0.1
                    changelog:      | 2.0.1 | ... |
                                    | 1.9.0 | ... |
                    """,
                    """
                    metadata.yaml:  breakingChanges: {2.0.0: {...}}   dockerImageTag: 2.0.1
                    changelog:      | 2.0.1 | ... |
                                    | 2.0.0 | 2024-06-01 | [130](https://github.com/acme/connectors/pull/130) | Breaking: new auth |
                                    | 1.9.0 | ... |
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.changelog().isEmpty()) {
            return;
        }
        Optional<Semver> tag = c.metadata().imageTag().semver();
        for (BreakingChange bc : c.metadata().breakingChanges()) {
            if (Versions.findRow(c, bc.version()).isPresent()) {
                continue;
            }
            String version = bc.version().raw();
            Optional<Semver> v = bc.version().semver();
            boolean announced = v.isPresent() && tag.isPresent() && v.get().compareTo(tag.get()) > 0;
            String file = c.changelog().get().pos().file();
            if (announced) {
                out.add(INFO.createDiagnostic(Severity.INFO, c, bc.pos(), "breaking change " + version
                                + " is announced ahead of its release (dockerImageTag is " + tag.get().getVersion() + ")",
                        "when " + version + " ships, add its row to the top of the changelog in " + file));
            } else {
                out.add(INFO.createDiagnostic(c, bc.pos(), "breaking change " + version
                                + " has no changelog row in " + file,
                        "add '" + Places.changelogRow(version, ctx) + "' to the changelog in " + file
                                + " at its place in version order, saying what breaks"));
            }
        }
    }
}
