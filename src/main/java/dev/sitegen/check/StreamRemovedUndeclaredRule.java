package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorChange;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.ReleaseComparison;
import dev.sitegen.model.Severity;
import dev.sitegen.model.StreamChanges;
import java.util.List;

/**
 * {@code stream-removed-undeclared}: with {@code --changed-since}, a stream the connector had at the ref
 * is gone and no new major's breaking change declares it (in its stream {@code scopedImpact}, or with no
 * stream scope at all). Judged only when every stream's name is known at both sides (a manifest-only
 * connector's own {@code manifest.yaml}, no dynamic streams): otherwise a name missing from a file says
 * nothing. Reported at {@code dockerImageTag}, where the fix goes.
 */
final class StreamRemovedUndeclaredRule implements ChangeRule {

    static final RuleInfo INFO = new RuleInfo("stream-removed-undeclared", Severity.ERROR,
            "With --changed-since: a stream of the base ref is gone and no new major's breaking change declares it.",
            "Connections that sync a removed stream lose it on upgrade: its data stops arriving and its "
                    + "destination tables go stale without a word. A stream removal needs a new major whose "
                    + "releases.breakingChanges entry names the stream in scopedImpact (or has no stream scope), "
                    + "so the platform warns the connections that use it: site-gen bump CONNECTOR major --breaking "
                    + "--streams NAME, run before the stream leaves manifest.yaml (bump accepts only listed streams; "
                    + "else add the name to the entry's scopedImpact by hand). Judged only where the connector's own "
                    + "manifest.yaml lists every stream, at the base and now.",
                    """
                    base:  streams: [orders, refunds]
                    now:   streams: [orders]
                    metadata.yaml:  dockerImageTag: 1.3.0   (1.2.0 at the base ref)
                    """,
                    """
                    now:   streams: [orders]
                    metadata.yaml:  dockerImageTag: 2.0.0   (1.2.0 at the base ref)
                      breakingChanges: { 2.0.0: { scopedImpact: [{ scopeType: stream, impactedScopes: [refunds] }] } }
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkChange(Connector c, ConnectorChange change, Metadata before, CheckContext ctx, List<Diagnostic> out) {
        List<String> undeclared = ReleaseComparison.compareStreams(c, change).map(StreamChanges::removed)
                .orElse(List.of()).stream()
                .filter(s -> !ReleaseComparison.isStreamDeclared(before, c.metadata(), s)).toList();
        if (undeclared.isEmpty()) {
            return;
        }
        String names = String.join(", ", undeclared.stream().map(s -> "'" + s + "'").toList());
        out.add(INFO.createDiagnostic(c, c.metadata().imageTag().pos(), (undeclared.size() == 1 ? "stream "
                : "streams ") + names + " of " + ctx.base().ref() + (undeclared.size() == 1 ? " is" : " are")
                + " gone, and no new major's breaking change declares " + (undeclared.size() == 1 ? "it" : "them"),
                SpecBreakingChangeUndeclaredRule.bumpHint(c, before, undeclared)));
    }
}
