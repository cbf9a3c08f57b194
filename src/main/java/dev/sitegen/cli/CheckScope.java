package dev.sitegen.cli;

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
record CheckScope(Optional<SortedSet<String>> selected) {

    CheckScope {
        selected = selected.map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s)));
    }

    static CheckScope all() {
        return new CheckScope(Optional.empty());
    }

    static CheckScope of(Collection<String> connectors) {
        return new CheckScope(Optional.of(new TreeSet<>(connectors)));
    }

    boolean isAll() {
        return selected.isEmpty();
    }

    boolean includes(String connector) {
        return selected.map(s -> s.contains(connector)).orElse(true);
    }

    /** The connectors both in this scope and in {@code others}. */
    CheckScope narrowTo(Collection<String> others) {
        return CheckScope.of(others.stream().filter(this::includes).toList());
    }

    /** How many connectors the summary says were checked. */
    int countConnectors(Catalog catalog) {
        return selected.map(SortedSet::size).orElse(catalog.connectors().size());
    }
}
