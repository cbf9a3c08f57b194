package dev.sitegen.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

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

    /** Every connector folder the load found, with valid metadata or not, sorted. */
    public SortedSet<String> listConnectorDirs() {
        SortedSet<String> dirs = new TreeSet<>();
        connectors.forEach(c -> dirs.add(c.dir()));
        loadDiagnostics.stream().map(Diagnostic::connector).filter(d -> !d.isEmpty()).forEach(dirs::add);
        return dirs;
    }

    /**
     * The connectors (folder names, sorted) that any of {@code files} (relative to ROOT) feeds: those whose
     * {@link ConnectorInputs} name one, and those left out for invalid metadata whose load findings are
     * in one (their metadata, or the folder link that was refused), since nothing else of them was read.
     */
    public SortedSet<String> findConnectorsReading(Collection<String> files) {
        Set<String> changed = Set.copyOf(files);
        SortedSet<String> out = new TreeSet<>();
        connectors.stream().filter(c -> c.inputs().dependsOnAny(changed)).forEach(c -> out.add(c.dir()));
        Set<String> loaded = new TreeSet<>();
        connectors.forEach(c -> loaded.add(c.dir()));
        loadDiagnostics.stream()
                .filter(d -> !d.connector().isEmpty() && !loaded.contains(d.connector()))
                .filter(d -> changed.contains(d.pos().file()))
                .forEach(d -> out.add(d.connector()));
        return out;
    }
}
