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

    public Optional<ConnectorChange> findChange(String dir) {
        return Optional.ofNullable(changes.get(dir));
    }
}
