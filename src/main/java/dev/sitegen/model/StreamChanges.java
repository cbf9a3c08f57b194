package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * The streams a pull request adds and removes, each sorted; only known when every stream's name is
 * known at both sides ({@link Spec#findKnownStreams}), since with dynamic streams or streams a
 * connector's code declares a name missing from a file says nothing.
 */
public record StreamChanges(List<String> added, List<String> removed) {

    public StreamChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** The difference of two sorted lists of names; empty when either side is unknown. */
    public static Optional<StreamChanges> compareStreams(Optional<List<String>> before, Optional<List<String>> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        List<String> old = before.get();
        List<String> now = after.get();
        return Optional.of(new StreamChanges(now.stream().filter(s -> !old.contains(s)).sorted().toList(),
                old.stream().filter(s -> !now.contains(s)).sorted().toList()));
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
