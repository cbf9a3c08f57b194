package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.ReleaseComparison;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SpecChange;
import java.util.List;

/**
 * {@code spec-field-removed}: with {@code --changed-since}, an optional field of the spec at the ref is
 * gone, where that rejects no configuration (its object allows other keys), so one that set it keeps
 * validating but the setting silently stops meaning anything. Reported at the object that held it in the
 * new spec file; silent when a new major declares a breaking change (the removal is announced there).
 */
final class SpecFieldRemovedRule implements ChangeRule {

    static final RuleInfo INFO = new RuleInfo("spec-field-removed", Severity.WARNING,
            "With --changed-since: an optional spec field of the base ref was removed, outside a declared major.",
            "A configuration that sets a removed optional field still validates (its object allows other keys), "
                    + "so users are never told the setting stopped working. Keep the field (mark it deprecated in "
                    + "its description) until a major version declares its removal with a releases.breakingChanges "
                    + "entry. Removing a required field, or any field where additionalProperties is false, is "
                    + "spec-breaking-change-undeclared instead.",
                    """
                    base:  properties: { api_key: {...}, page_size: { type: integer } }
                    now:   properties: { api_key: {...} }
                    metadata.yaml:  dockerImageTag: 1.2.1   (1.2.0 at the base ref)
                    """,
                    """
                    now:   properties: { api_key: {...}, page_size: { type: integer, description: "Deprecated." } }
                    metadata.yaml:  dockerImageTag: 1.2.1   (1.2.0 at the base ref)
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out) {
        if (ReleaseComparison.isDeclaredMajor(before, c.metadata())) {
            return;
        }
        for (SpecChange removed : ReleaseComparison.compareSpec(c, change).orElse(List.of())) {
            if (removed.kind() == SpecChange.Kind.FIELD_REMOVED) {
                out.add(INFO.createDiagnostic(c, removed.pos(), "optional field `" + removed.path()
                        + "` of the spec at " + ctx.base().ref() + " was removed: a configuration that sets it "
                        + "still validates, but the setting no longer means anything",
                        "keep the field (say it is deprecated in its description) until a major declares its "
                                + "removal: site-gen bump " + c.dir() + " major --breaking"));
            }
        }
    }
}
