package dev.sitegen.render;

import java.util.Optional;

/** The output the previous build left, from which unchanged files are re-used. */
public interface PreviousOutput {

    /**
     * The bytes of the previous output's file at {@code path} when its SHA-256 is still {@code sha256};
     * empty when it is missing, not a regular file, or its content changed (edited by hand).
     */
    Optional<byte[]> findFile(String path, String sha256);

    /** No previous output: nothing is re-used. */
    static PreviousOutput none() {
        return (path, sha256) -> Optional.empty();
    }
}
