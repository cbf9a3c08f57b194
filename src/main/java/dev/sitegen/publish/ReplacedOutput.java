package dev.sitegen.publish;

import dev.sitegen.render.PreviousOutput;
import dev.sitegen.render.ReusedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The output a {@link StagedOutput} replaces, as the staging build sees it: the files its manifest records
 * for the render cache to re-use, and the files whose bytes a staged file repeats, which it links to or
 * takes the modification time of. Apart from the staging so that everything read from the previous output
 * (never written to: only deleted after the swap) is in one place, and the staging owns only what it writes.
 */
final class ReplacedOutput {

    private final Path target;
    /** The previous manifest's entries by path, once {@link #openPrevious} read them. */
    private Map<String, ManifestFile> previousFiles = Map.of();

    ReplacedOutput(Path target) {
        this.target = target;
    }

    /**
     * The previous output's files for the render cache to re-use, only asked while the build stamp
     * vouches that the output is as built (every file's size and modification time as stamped). A file
     * is re-used when the previous manifest records it with the SHA-256 the cache asks for (so a hand
     * edited cache cannot vouch for other bytes) and it is still a regular file of that size, not a link,
     * inside the output; it is not read. Nothing is re-used when the manifest cannot be read.
     */
    PreviousOutput openPrevious() {
        Map<String, ManifestFile> recorded = new HashMap<>();
        Path manifest = target.resolve(OutputMarker.MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return PreviousOutput.none();
        }
        try {
            BuildManifest.readManifest(manifest).files().forEach(f -> recorded.put(f.path(), f));
        } catch (PublishException | RuntimeException e) {
            return PreviousOutput.none();
        }
        previousFiles = Map.copyOf(recorded);
        return (path, sha256) -> Optional.ofNullable(recorded.get(path))
                .filter(f -> f.sha256().equals(sha256))
                .flatMap(f -> findPrevious(f));
    }

    private Optional<ReusedFile> findPrevious(ManifestFile recorded) {
        Path file = target.resolve(recorded.path()).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() && attrs.size() == recorded.size()
                    ? Optional.of(new ReusedFile(recorded.sha256(), recorded.size(), () -> readPrevious(file, recorded.sha256())))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] readPrevious(Path file, String sha256) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (!ContentHash.hashBytes(content).equals(sha256)) {
                throw new IOException("changed during the build (its SHA-256 is no longer the recorded one)");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("re-using " + file, e);
        }
    }

    /** The previous manifest's entry for {@code path}, when {@link #openPrevious} read one. */
    Optional<ManifestFile> findRecorded(String path) {
        return Optional.ofNullable(previousFiles.get(path));
    }

    /**
     * Stages a file whose bytes equal the previous output's as a hard link to it: nothing is written,
     * no inode is allocated (which a file system full of just-deleted ones makes slow), and the file
     * keeps its modification time. The previous output is never written to, only deleted after the swap.
     */
    boolean linkUnchanged(Path file, String path, byte[] content) throws IOException {
        Path previous = target.resolve(path);
        if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) || Files.size(previous) != content.length
                || !Arrays.equals(Files.readAllBytes(previous), content)) {
            return false;
        }
        return linkPrevious(file, path);
    }

    /** Hard-links the previous output's file at {@code path} as {@code file}; false when that cannot be done. */
    boolean linkPrevious(Path file, String path) {
        try {
            Files.createLink(file, target.resolve(path));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without hard links: write a copy
            return false;
        }
    }

    /** Gives a staged file the previous output's modification time when their bytes are the same. */
    void keepTimeIfUnchanged(Path staged, String path) throws IOException {
        Path previous = target.resolve(path);
        if (Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) && Files.size(previous) == Files.size(staged)
                && Files.mismatch(staged, previous) == -1) {
            Files.setLastModifiedTime(staged, Files.getLastModifiedTime(previous));
        }
    }
}
