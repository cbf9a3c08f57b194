package dev.sitegen.model;

import java.util.Optional;

/**
 * A connector's spec as it was at a pull request's base ref: read (parsed by the loader the work tree
 * uses), absent (no spec candidate existed there: nothing to compare), or unreadable ({@code problem}
 * says why; nothing is compared, never guessed).
 */
public record BaseSpec(Optional<Spec> spec, Optional<String> problem) {

    public static BaseSpec absent() {
        return new BaseSpec(Optional.empty(), Optional.empty());
    }

    public static BaseSpec read(Spec spec) {
        return new BaseSpec(Optional.of(spec), Optional.empty());
    }

    public static BaseSpec unreadable(String problem) {
        return new BaseSpec(Optional.empty(), Optional.of(problem));
    }
}
