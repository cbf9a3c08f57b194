package dev.sitegen.serve;

import dev.sitegen.publish.OutputFiles;
import dev.sitegen.render.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a full build straight into a fresh folder of the preview's own temporary directory. Nothing
 * serves that folder until the build is complete and swapped in, so it needs no staging, manifest or
 * lock (unlike publishing into the user's output folder); files are written as the output policy
 * writes them, never through a link.
 */
final class FolderSink implements SiteSink {

    private final Path dir;

    FolderSink(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        Files.createDirectories(this.dir);
    }

    @Override
    public void writeFile(String path, byte[] content) {
        Path file = resolveInside(path);
        try {
            OutputFiles.writeSiteFile(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    @Override
    public void copyFile(String path, Path source) {
        Path file = resolveInside(path);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + source + " to " + file, e);
        }
    }

    private Path resolveInside(String path) {
        Path file = dir.resolve(path).normalize();
        if (!file.startsWith(dir) || file.equals(dir)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }
}
