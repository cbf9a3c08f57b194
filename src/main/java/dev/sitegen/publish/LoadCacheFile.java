package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the last build of an output parsed of its connectors' folders (specs, metadata), kept beside it as
 * {@code .site-gen/<output name>/load-cache.bin} (the bytes are {@code load/LoadMemo}'s, which vouches for
 * each entry by the times of its files). Read
 * before the build takes the output lock, which is safe: it is only ever replaced in one rename, so a reader
 * sees a whole file, the old one or the new one.
 */
public final class LoadCacheFile {

    static final String NAME = "load-cache.bin";

    private LoadCacheFile() {
    }

    /** The file's bytes, or empty when there is none (a link, or a folder on the way that is one, counts as none). */
    public static Optional<byte[]> readCache(Path target) throws IOException {
        Optional<Path> file = findCacheFile(target);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file.get()));
    }

    /** The file of {@code target}'s cache, when there is one (not through a link). */
    public static Optional<Path> findCacheFile(Path target) throws IOException {
        return BuildStamp.findStampFile(target, NAME);
    }

    /** Replaces the file with {@code content}, in one rename (returned); call while holding the output's lock. */
    public static Path writeCache(OutputLock lock, byte[] content) throws IOException {
        Path target = lock.target();
        Path dir = OutputFiles.createFoldersBelow(target.getParent(), OutputMarker.DIR, target.getFileName().toString());
        Path file = dir.resolve(NAME);
        OutputFiles.replaceFile(file, content);
        return file;
    }
}
