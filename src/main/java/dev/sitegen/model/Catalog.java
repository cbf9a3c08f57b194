package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from one build root: connectors sorted by folder name, every doc page sorted by
 * path, and the problems found while loading (for example invalid metadata).
 */
public record Catalog(List<Connector> connectors, List<DocPage> docs, List<Diagnostic> loadDiagnostics) {

    public Catalog {
        connectors = List.copyOf(connectors);
        docs = List.copyOf(docs);
        loadDiagnostics = List.copyOf(loadDiagnostics);
    }

    public Optional<Connector> findConnector(String dir) {
        return connectors.stream().filter(c -> c.dir().equals(dir)).findFirst();
    }
}
