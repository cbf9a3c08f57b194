package dev.sitegen.check;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.ScopedImpact;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code breaking-change-unknown-stream}: a stream-scoped impact naming no stream of the connector. Only
 * judged when every stream is known ({@link Connector#listKnownStreams()}): with dynamic streams, or streams
 * a connector's code declares or adds, any name may be real.
 */
final class BreakingChangeUnknownStreamRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("breaking-change-unknown-stream", Severity.ERROR,
            "A breakingChanges scopedImpact names a stream the connector does not have.",
            "The platform scopes a breaking change's upgrade prompt and resets to the impacted streams; a name "
                    + "that matches no stream (a typo, a renamed stream) silently widens or empties that scope. "
                    + "Checked against the streams a manifest-only connector's manifest.yaml lists; connectors with "
                    + "dynamic streams, a Python package's manifest (its code may add streams) or a spec.json are "
                    + "not judged. A major that removes a stream names it in its scopedImpact: such a name is "
                    + "accepted when the stream existed at the pull request's base (--changed-since) or when the "
                    + "connector's migration guide names it as a name (in a code span, a table cell or a heading of "
                    + "its own; a word of its prose is no name).",
                    """
                    releases:
                      breakingChanges:
                        2.0.0:
                          message: The cursor of stream 'refund' changed; reset it.
                          upgradeDeadline: "2024-07-14"
                          scopedImpact:
                            - scopeType: stream
                              impactedScopes: ["refund"]
                    """,
                    """
                    releases:
                      breakingChanges:
                        2.0.0:
                          message: The cursor of stream 'refunds' changed; reset it.
                          upgradeDeadline: "2024-07-14"
                          scopedImpact:
                            - scopeType: stream
                              impactedScopes: ["refunds"]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.listKnownStreams().isEmpty()) {
            return;
        }
        Set<String> known = new TreeSet<>(c.listKnownStreams().get());
        // a major that removes a stream names it in its scopedImpact, as stream-removed-undeclared asks
        ctx.base().findChange(c.dir()).flatMap(ch -> ch.baseSpec().spec())
                .flatMap(s -> s.findKnownStreams(c.folder())).ifPresent(known::addAll);
        for (BreakingChange bc : c.metadata().breakingChanges()) {
            List<ScopedImpact> impacts = bc.scopedImpact();
            for (int i = 0; i < impacts.size(); i++) {
                if (!"stream".equals(impacts.get(i).scopeType())) {
                    continue;
                }
                List<String> scopes = impacts.get(i).impactedScopes();
                for (int j = 0; j < scopes.size(); j++) {
                    if (!known.contains(scopes.get(j)) && !isNamedInGuide(c, scopes.get(j))) {
                        String path = "releases.breakingChanges." + bc.version().raw() + ".scopedImpact." + i
                                + ".impactedScopes." + j;
                        out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf(path),
                                "breaking change " + bc.version().raw() + " names stream '" + scopes.get(j)
                                        + "', which the connector does not have",
                                hintFor(scopes.get(j), known, c.spec().get().file())));
                    }
                }
            }
        }
    }

    /**
     * A major that removed a stream names it in its scopedImpact and its migration guide; once merged there is no
     * base to show the stream existed, so a name the guide writes as a name (a code span, a whole table cell or
     * heading: {@link MigrationGuide#writtenNames()}) is taken as such a removal. A word of its prose is not: a
     * stream called {@code users} is not named by "users of this connector". A typo in the scope is rarely
     * repeated in the guide.
     */
    private static boolean isNamedInGuide(Connector c, String stream) {
        return c.migrationGuide().map(g -> g.writtenNames().contains(stream)).orElse(false);
    }

    private static String hintFor(String name, Set<String> known, String file) {
        List<String> closest = known.stream()
                .filter(k -> SpecPaths.measureDistance(k, name) <= Math.max(2, name.length() / 3)).limit(3).toList();
        String streams = known.size() <= 12 ? String.join(", ", known) : known.size() + " streams";
        return (closest.isEmpty() ? "" : "did you mean " + String.join(", ", closest) + "? ")
                + "the streams of " + file + ": " + streams;
    }
}
