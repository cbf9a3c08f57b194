package dev.sitegen.edit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file a bump changes: its path relative to the build root (for the diff and messages), where it
 * is on disk, its text before (empty for a file the bump creates) and after, each exactly as the
 * bytes decode, byte-order mark included.
 */
public record FileChange(String file, Path path, Optional<String> before, String after) {

    public boolean isNew() {
        return before.isEmpty();
    }
}
