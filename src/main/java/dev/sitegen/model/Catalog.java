package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from one build root: connectors sorted by folder name, every doc page under
 * {@code docs/integrations} sorted by path, the authored contribution guides, and the problems
 * found while loading (for example invalid metadata).
 */
public record Catalog(List<Connector> connectors, List<DocPage> docs, List<DocPage> guides,
                      List<Diagnostic> loadDiagnostics) {

    public Catalog {
        connectors = List.copyOf(connectors);
        docs = List.copyOf(docs);
        guides = List.copyOf(guides);
        loadDiagnostics = List.copyOf(loadDiagnostics);
    }

    /** A catalog without contribution guides. */
    public Catalog(List<Connector> connectors, List<DocPage> docs, List<Diagnostic> loadDiagnostics) {
        this(connectors, docs, List.of(), loadDiagnostics);
    }

    public Optional<Connector> findConnector(String dir) {
        return connectors.stream().filter(c -> c.dir().equals(dir)).findFirst();
    }
}
