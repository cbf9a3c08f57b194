package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A changed connector's spec and streams at the base ref compared with its spec now, made once
 * ({@link BaseCatalog#compareWith}) and read by the change rules and the release summary alike
 * ({@link ReleaseComparison#compareSpec}). {@code now} is the spec instance it was made with: a comparison
 * answers only for that instance, so a catalog read again (a connector loaded in full later) is never
 * judged by a comparison with an older reading.
 */
public record ChangeComparison(Optional<Spec> now, Optional<List<SpecChange>> specChanges,
                               Optional<StreamChanges> streamChanges) {

    public ChangeComparison {
        specChanges = specChanges.map(List::copyOf);
    }

    /** Compares {@code before} (the spec at the ref, when it read as one) with {@code c}'s spec now. */
    static ChangeComparison compareWith(Connector c, Optional<Spec> before) {
        return new ChangeComparison(c.spec(),
                before.flatMap(was -> c.spec().map(now -> SpecComparison.compareSpecs(was, now))),
                StreamChanges.compareStreams(before.flatMap(s -> s.findKnownStreams(c.folder())),
                        c.listKnownStreams()));
    }

    /** Whether this comparison was made with {@code c}'s spec as it is (the same instance, or both without). */
    boolean isOf(Connector c) {
        return now.isEmpty() ? c.spec().isEmpty() : c.spec().filter(s -> s == now.get()).isPresent();
    }
}
