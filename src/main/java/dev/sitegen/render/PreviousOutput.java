package dev.sitegen.render;

import java.util.Optional;

/** The output the previous build left, from which unchanged files are re-used. */
public interface PreviousOutput {

    /**
     * The previous output's file at {@code path}, recorded with this SHA-256; empty when it is missing
     * or not a regular file. Whoever opens the previous output vouches that its files are as built.
     */
    Optional<ReusedFile> findFile(String path, String sha256);

    /** No previous output: nothing is re-used. */
    static PreviousOutput none() {
        return (path, sha256) -> Optional.empty();
    }
}
