package dev.sitegen.build;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which connectors a run checks and reports: all of them, or a named set (from {@code --only} and
 * {@code --changed-since}; possibly empty, when nothing relevant changed). Site-wide diagnostics
 * belong to no connector and are reported only when all connectors are checked. {@code files} are the
 * files a pull request changed ({@code --changed-since}; paths relative to ROOT): a build lets a finding
 * in one of them fail too, whichever connector (or none) it belongs to.
 */
public record CheckScope(Optional<SortedSet<String>> selected, SortedSet<String> files) {

    public CheckScope {
        selected = selected.map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s)));
        files = Collections.unmodifiableSortedSet(new TreeSet<>(files));
    }

    public static CheckScope all() {
        return new CheckScope(Optional.empty(), new TreeSet<>());
    }

    public static CheckScope of(Collection<String> connectors) {
        return new CheckScope(Optional.of(new TreeSet<>(connectors)), new TreeSet<>());
    }

    public boolean isAll() {
        return selected.isEmpty();
    }

    public boolean includes(String connector) {
        return selected.map(s -> s.contains(connector)).orElse(true);
    }

    /**
     * Whether {@code finding} may fail a build of this scope: every finding when all connectors are
     * in scope, else one of a connector in scope or in a changed file. A finding of no connector
     * (a doc no connector is documented on) outside the changed files is not the pull request's.
     */
    public boolean includesFinding(Diagnostic finding) {
        return isAll() || (!finding.connector().isEmpty() && includes(finding.connector()))
                || files.contains(finding.pos().file());
    }

    /** The connectors both in this scope and in {@code others}. */
    public CheckScope narrowTo(Collection<String> others) {
        return new CheckScope(Optional.of(new TreeSet<>(others.stream().filter(this::includes).toList())), files);
    }

    /** This scope, with {@code changed} (paths relative to ROOT) as the changed files. */
    public CheckScope withFiles(Collection<String> changed) {
        return new CheckScope(selected, new TreeSet<>(changed));
    }

    /** How many connectors the summary says were checked. */
    public int countConnectors(Catalog catalog) {
        return selected.map(SortedSet::size).orElse(catalog.connectors().size());
    }
}
