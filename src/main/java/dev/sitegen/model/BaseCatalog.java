package dev.sitegen.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The changed connectors as they were at the base ref of a pull request ({@code --changed-since REF}),
 * keyed by folder name. Without the option there is no base ({@link #none()}) and the rules that judge
 * a change stay silent.
 */
public record BaseCatalog(String ref, Map<String, ConnectorChange> changes) {

    public BaseCatalog {
        changes = Map.copyOf(new TreeMap<>(changes));
    }

    public static BaseCatalog none() {
        return new BaseCatalog("", Map.of());
    }

    /**
     * The changes with each one's spec and streams compared with its connector in {@code catalog}, the catalog the
     * rules and the release summary are about to judge: the comparison is made here, once per connector, and read
     * by both ({@link ReleaseComparison#compareSpec}). A connector the catalog no longer has keeps its change as read.
     */
    public BaseCatalog compareWith(Catalog catalog) {
        Map<String, ConnectorChange> compared = new TreeMap<>();
        changes.forEach((dir, change) -> compared.put(dir,
                catalog.findConnector(dir).map(change::compareWith).orElse(change)));
        return new BaseCatalog(ref, compared);
    }

    public Optional<ConnectorChange> findChange(String dir) {
        return Optional.ofNullable(changes.get(dir));
    }
}
