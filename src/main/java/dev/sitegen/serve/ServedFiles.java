package dev.sitegen.serve;

import dev.sitegen.render.SiteFiles;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built site the server reads: {@code site/} inside a private temporary folder (never the user's
 * output). A full build is staged beside it and swapped in by {@code publish}, as {@code build} does;
 * a part rebuild replaces single files atomically. Either way a request sees the last good version of
 * every file.
 */
final class ServedFiles implements AutoCloseable {

    private final ScratchFolder workDir;
    private final Path root;

    ServedFiles(ScratchFolder workDir) {
        this.workDir = workDir;
        this.root = workDir.dir().resolve("site");
    }

    /** The folder full builds publish into. */
    Path siteDir() {
        return root;
    }

    /**
     * Writes the files whose bytes differ from the served ones and returns their paths, sorted as
     * given; unchanged files are not touched.
     */
    List<String> writeChangedFiles(Map<String, byte[]> files) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = resolveInside(e.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("output path escapes the site: " + e.getKey()));
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), e.getValue())) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".write-", ".tmp");
            Files.write(temp, e.getValue());
            moveReplacing(temp, target);
            changed.add(e.getKey());
        }
        return changed;
    }

    /**
     * Writes the search files whose bytes changed and deletes those the search data no longer has ({@code stale}:
     * a re-split renames term shards, fewer entries need fewer entry files).
     */
    void replaceSearchData(Map<String, byte[]> changed, Collection<String> stale) throws IOException {
        writeChangedFiles(changed);
        for (String file : stale) {
            if (!SiteFiles.isSearchShard(file)) {
                throw new IllegalArgumentException("not a search shard: " + file);
            }
            Optional<Path> served = resolveInside(file);
            if (served.isPresent()) {
                Files.deleteIfExists(served.get());
            }
        }
    }

    /** The served file at a site path, if it is a regular file inside the site. */
    Optional<Path> findFile(String sitePath) {
        return resolveInside(sitePath).filter(Files::isRegularFile);
    }

    boolean isFolder(String sitePath) {
        return resolveInside(sitePath).filter(Files::isDirectory).isPresent();
    }

    private Optional<Path> resolveInside(String sitePath) {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Path file = root.resolve(sitePath).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    /** Stops serving files at once; the folder goes in the background ({@link ScratchFolder#discard}). */
    @Override
    public void close() throws IOException {
        workDir.discard();
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
