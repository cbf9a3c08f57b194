package dev.sitegen.render;

import java.util.function.Supplier;

/**
 * A file of the previous output that the render cache re-uses: its SHA-256 and size as recorded when
 * it was built, and its bytes, read only when a sink asks for them (most never do: the published output
 * links the file, link verification replays its stored scan).
 */
public record ReusedFile(String sha256, long size, Supplier<byte[]> content) {
}
