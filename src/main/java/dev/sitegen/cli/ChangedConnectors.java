package dev.sitegen.cli;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which connectors a set of changed files touches: any file in a connector's folder (its
 * {@code metadata.yaml}, its icon), its doc and its migration guide, written or expected (a deleted
 * doc still touches its connector). A doc shared by several connectors touches all of them; a
 * changed {@code site.yaml} touches every connector, since it sets the rules' severities.
 */
final class ChangedConnectors {

    private ChangedConnectors() {
    }

    /** The connectors (folder names, including those with invalid metadata) touched by {@code paths}. */
    static SortedSet<String> mapChangedPaths(SiteLayout layout, Catalog catalog, Collection<String> paths) {
        Set<String> known = listKnownConnectors(catalog);
        if (paths.contains(layout.relativize(layout.siteConfigFile()))) {
            return new TreeSet<>(known);
        }
        String connectorsPrefix = layout.relativize(layout.connectorsDir()) + "/";
        SortedSet<String> touched = new TreeSet<>();
        for (String path : paths) {
            if (path.startsWith(connectorsPrefix)) {
                String rest = path.substring(connectorsPrefix.length());
                int slash = rest.indexOf('/');
                if (slash > 0 && known.contains(rest.substring(0, slash))) {
                    touched.add(rest.substring(0, slash));
                }
            }
        }
        String docsPrefix = layout.relativize(layout.docsDir()) + "/";
        for (Connector c : catalog.connectors()) {
            if (listDocFiles(c, docsPrefix).anyMatch(paths::contains)) {
                touched.add(c.dir());
            }
        }
        return touched;
    }

    private static Stream<String> listDocFiles(Connector c, String docsPrefix) {
        return Stream.of(
                c.doc().map(DocPage::file).orElse(docsPrefix + SitePaths.docFileOf(c.pagePath())),
                c.migrationGuide().map(g -> g.page().file()).orElse(docsPrefix + SitePaths.docFileOf(SitePaths.migrationGuidePathOf(c.pagePath()))));
    }

    private static Set<String> listKnownConnectors(Catalog catalog) {
        return Stream.concat(catalog.connectors().stream().map(Connector::dir),
                        catalog.loadDiagnostics().stream().map(Diagnostic::connector).filter(d -> !d.isEmpty()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
