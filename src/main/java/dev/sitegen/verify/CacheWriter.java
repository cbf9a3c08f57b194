package dev.sitegen.verify;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Replaces the link cache file with new bytes. The cache is written beside the output, where a checkout
 * may have planted links, so verify leaves the writing to the caller's output policy.
 */
@FunctionalInterface
public interface CacheWriter {

    void replaceFile(Path file, byte[] content) throws IOException;
}
