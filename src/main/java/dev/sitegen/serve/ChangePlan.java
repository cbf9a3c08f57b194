package dev.sitegen.serve;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a batch of file changes requires: a full rebuild (with the reason), or reloading some
 * connector folders and some docs (both sorted, so rebuilds run in a fixed order). Empty when no changed file feeds the site.
 */
record ChangePlan(Optional<String> fullReason, Set<String> connectors, Set<Path> docs) {

    ChangePlan {
        connectors = Collections.unmodifiableSortedSet(new TreeSet<>(connectors));
        docs = Collections.unmodifiableSortedSet(new TreeSet<>(docs));
    }

    static ChangePlan full(String reason) {
        return new ChangePlan(Optional.of(reason), Set.of(), Set.of());
    }

    boolean isFull() {
        return fullReason.isPresent();
    }

    boolean isEmpty() {
        return fullReason.isEmpty() && connectors.isEmpty() && docs.isEmpty();
    }
}
