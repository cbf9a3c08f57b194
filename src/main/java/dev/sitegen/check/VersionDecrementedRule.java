package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Version;
import java.util.List;

/**
 * {@code version-decremented}: with {@code --changed-since}, {@code dockerImageTag} is lower (by SemVer
 * precedence) than at the ref. The registry would serve an older version as the newest, and users who
 * already run the higher one would never get the change. Tags that are no SemVer on either side are
 * left to {@code metadata-invalid} and the changelog rules.
 */
final class VersionDecrementedRule implements ChangeRule {

    static final RuleInfo INFO = new RuleInfo("version-decremented", Severity.ERROR,
            "With --changed-since: dockerImageTag is lower than it was at the base ref.",
            "Versions only go up: a lower dockerImageTag than the base branch's (a merge that took the "
                    + "older side, a typo) publishes an image that sorts below the one users run. Prereleases "
                    + "sort below their release (1.3.0-rc.1 < 1.3.0).",
                    """
                    metadata.yaml:  dockerImageTag: 1.2.0     (1.3.0 at the base ref)
                    """,
                    """
                    metadata.yaml:  dockerImageTag: 1.3.1     (1.3.0 at the base ref)
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out) {
        Version tag = c.metadata().imageTag();
        Version was = before.imageTag();
        if (was.semver().isPresent() && tag.semver().isPresent() && tag.semver().get().compareTo(was.semver().get()) < 0) {
            out.add(INFO.createDiagnostic(c, tag.pos(), "dockerImageTag " + tag.raw() + " is lower than " + was.raw()
                    + " at " + ctx.base().ref(),
                    "set dockerImageTag (and its changelog row) above " + was.raw() + ", the version at the base"));
        }
    }
}
