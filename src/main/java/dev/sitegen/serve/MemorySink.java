package dev.sitegen.serve;

import dev.sitegen.render.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Collects an incremental rebuild's files in memory, so nothing reaches the served folder unless
 * every page of the rebuild rendered: a template exception halfway leaves the last good site intact.
 */
final class MemorySink implements SiteSink {

    private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void writeFile(String path, byte[] content) {
        files.put(path, content.clone());
    }

    @Override
    public void copyFile(String path, Path source) {
        try {
            files.put(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + source, e);
        }
    }

    /** Every file written, by site path, sorted. */
    Map<String, byte[]> listFiles() {
        return files;
    }
}
