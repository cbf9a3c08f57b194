package dev.sitegen.load;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SitePaths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives a doc's load problems to the connector whose page or migration guide the doc is (the first
 * by folder name when several share it; for a doc that was refused, the connector whose page path names
 * it), so {@code --only} and {@code --changed-since} treat them as
 * that connector's. Problems of docs no connector uses stay site-wide.
 */
final class DocBlame {

    private DocBlame() {
    }

    /** @param docsPrefix the docs folder relative to ROOT with a trailing slash ({@code docs/}) */
    static List<Diagnostic> blameConnectors(List<Diagnostic> diagnostics, List<Connector> connectors,
                                            String docsPrefix) {
        Map<String, String> owner = new TreeMap<>();
        connectors.stream().sorted(java.util.Comparator.comparing(Connector::dir)).forEach(c -> {
            c.doc().ifPresent(d -> owner.putIfAbsent(d.file(), c.dir()));
            c.migrationGuide().ifPresent(g -> owner.putIfAbsent(g.page().file(), c.dir()));
            // a doc that could not be loaded is still the one at the connector's page path
            owner.putIfAbsent(docsPrefix + SitePaths.docFileOf(c.pagePath()), c.dir());
            owner.putIfAbsent(docsPrefix + SitePaths.docFileOf(SitePaths.migrationGuidePathOf(c.pagePath())), c.dir());
        });
        return diagnostics.stream().map(d -> !d.connector().isEmpty() || !owner.containsKey(d.pos().file()) ? d
                : new Diagnostic(d.rule(), d.severity(), owner.get(d.pos().file()), d.pos(), d.message(), d.hint()))
                .toList();
    }
}
