package dev.sitegen.build;

import dev.sitegen.model.Catalog;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which connectors a run checks and reports: all of them, or a named set (from {@code --only} and
 * {@code --changed-since}; possibly empty, when nothing relevant changed). Site-wide diagnostics
 * belong to no connector and are reported only when all connectors are checked.
 */
public record CheckScope(Optional<SortedSet<String>> selected) {

    public CheckScope {
        selected = selected.map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s)));
    }

    public static CheckScope all() {
        return new CheckScope(Optional.empty());
    }

    public static CheckScope of(Collection<String> connectors) {
        return new CheckScope(Optional.of(new TreeSet<>(connectors)));
    }

    public boolean isAll() {
        return selected.isEmpty();
    }

    public boolean includes(String connector) {
        return selected.map(s -> s.contains(connector)).orElse(true);
    }

    /** The connectors both in this scope and in {@code others}. */
    public CheckScope narrowTo(Collection<String> others) {
        return CheckScope.of(others.stream().filter(this::includes).toList());
    }

    /** How many connectors the summary says were checked. */
    public int countConnectors(Catalog catalog) {
        return selected.map(SortedSet::size).orElse(catalog.connectors().size());
    }
}
