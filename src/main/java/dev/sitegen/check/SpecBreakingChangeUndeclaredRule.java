package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.ReleaseComparison;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecChange;
import java.util.List;

/**
 * {@code spec-breaking-change-undeclared}: with {@code --changed-since}, the spec changed so that a
 * configuration valid at the ref may be rejected now ({@link SpecChange.Kind#incompatible()}), and the new
 * version is not a new major with a breaking change declared since the ref. Reported at
 * {@code dockerImageTag}, where the fix goes (the changes themselves are listed by path in the message).
 * A spec at the ref that does not read as one is not compared: an info here says so.
 */
final class SpecBreakingChangeUndeclaredRule implements ChangeRule {

    static final RuleInfo INFO = new RuleInfo("spec-breaking-change-undeclared", Severity.ERROR,
            "With --changed-since: the spec no longer accepts a configuration it accepted at the base ref, "
                    + "and no new major declares it.",
            "Users' saved configurations are validated against the new spec when they upgrade: a required field "
                    + "added without a default, an optional field made required, a required field removed (or any "
                    + "field where additionalProperties is false), a narrowed type, removed enum values or oneOf "
                    + "options, a new or changed pattern, a tighter minimum, maximum, minLength or maxLength, or "
                    + "additionalProperties set to false can break a connection that worked. Such a change needs a "
                    + "new major with a releases.breakingChanges entry (site-gen bump CONNECTOR major --breaking), "
                    + "so users are told and given time; or make it compatible (give the new field a default).",
                    """
                    base:  required: [api_key]
                    now:   required: [api_key, region]      # region has no default
                    metadata.yaml:  dockerImageTag: 1.3.0   (1.2.0 at the base ref)
                    """,
                    """
                    now:   region: { type: string, default: "us" }
                    metadata.yaml:  dockerImageTag: 1.3.0   (1.2.0 at the base ref)
                    """);

    static final int MAX_LISTED = 10;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out) {
        String ref = ctx.base().ref();
        change.baseSpec().problem().ifPresent(p -> out.add(INFO.createDiagnostic(Severity.INFO, c,
                c.spec().map(Spec::pos).orElse(c.metadata().imageTag().pos()), "the spec at " + ref
                        + " does not read as one (" + p + "); spec and streams are not compared",
                "nothing to do: the change is judged once the base has a readable spec")));
        List<SpecChange> breaking = ReleaseComparison.compareSpec(c, change).orElse(List.of()).stream()
                .filter(SpecChange::isIncompatible).toList();
        if (breaking.isEmpty() || ReleaseComparison.isDeclaredMajor(before, c.metadata())) {
            return;
        }
        out.add(INFO.createDiagnostic(c, c.metadata().imageTag().pos(), "the spec changed since " + ref
                + " in a way a configuration valid there may be rejected, but " + c.metadata().dockerImageTag()
                + " is no new major declared in breakingChanges: " + listChanges(breaking),
                bumpHint(c, before, List.of())));
    }

    static String listChanges(List<SpecChange> changes) {
        String shown = String.join("; ", changes.stream().limit(MAX_LISTED).map(SpecChange::describe).toList());
        return changes.size() > MAX_LISTED ? shown + "; and " + (changes.size() - MAX_LISTED) + " more" : shown;
    }

    /**
     * How to declare the change: a new major's breaking change. Impacted streams that are already gone
     * from the manifest cannot be passed to {@code bump --streams} (it accepts only streams the manifest
     * lists), so they go into the entry's {@code scopedImpact} by hand.
     */
    static String bumpHint(Connector c, Metadata before, List<String> streams) {
        String names = String.join(", ", streams);
        String scope = streams.isEmpty() ? "" : ", then list " + names + " in its scopedImpact "
                + "(- scopeType: stream, impactedScopes: [...])";
        if (ReleaseComparison.isNewMajor(before.imageTag(), c.metadata().imageTag())) {
            return "declare " + c.metadata().dockerImageTag() + " under releases.breakingChanges (message, "
                    + "upgradeDeadline" + (streams.isEmpty() ? ")" : ", scopedImpact naming " + names + ")");
        }
        return "release a new major that declares it: site-gen bump " + c.dir()
                + " major --breaking --deadline YYYY-MM-DD --pr N --message TEXT" + scope;
    }
}
