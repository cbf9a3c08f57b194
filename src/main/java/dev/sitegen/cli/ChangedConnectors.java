package dev.sitegen.cli;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import java.util.Collection;
import java.util.SortedSet;

/**
 * Which connectors a set of changed files touches: those whose input or expected files
 * ({@link dev.sitegen.model.ConnectorInputs}, the list the build stamp and serve use too) name one, so a
 * doc shared by several connectors touches all of them and a missing doc that appears touches its
 * connector; any other file of a connector's folder touches it too. A changed {@code site.yaml} touches every connector, since it sets the rules' severities.
 */
final class ChangedConnectors {

    private ChangedConnectors() {
    }

    /** The connectors (folder names, including those with invalid metadata) touched by {@code paths}. */
    static SortedSet<String> mapChangedPaths(SiteLayout layout, Catalog catalog, Collection<String> paths) {
        if (paths.contains(layout.relativize(layout.siteConfigFile()))) {
            return catalog.listConnectorDirs();
        }
        SortedSet<String> touched = catalog.findConnectorsReading(paths);
        // any file of a connector's folder (code, tests) is part of its release: version-not-incremented
        for (Connector c : catalog.connectors()) {
            String folder = c.metadataFile().substring(0, c.metadataFile().lastIndexOf('/') + 1);
            if (!folder.isEmpty() && paths.stream().anyMatch(p -> p.startsWith(folder))) {
                touched.add(c.dir());
            }
        }
        return touched;
    }
}
