package dev.sitegen.serve;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built site the server reads, inside a private temporary folder (never the user's output). A
 * full rebuild renders into a fresh folder and swaps it in; an incremental one replaces single files
 * atomically. Either way a request sees the last good version of every file.
 */
final class ServedFiles implements AutoCloseable {

    private final Path workDir;
    private final AtomicReference<Path> current = new AtomicReference<>();
    private int builds;

    ServedFiles(Path workDir) {
        this.workDir = workDir.toAbsolutePath().normalize();
    }

    /** A folder path for the next full build, not yet created. */
    Path allocateBuildDir() {
        builds++;
        return workDir.resolve("site-" + builds);
    }

    /** Serves {@code dir} from now on and deletes the folder served before. */
    void swapIn(Path dir) throws IOException {
        Path old = current.getAndSet(dir.toAbsolutePath().normalize());
        if (old != null) {
            deleteTree(old);
        }
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

    /** The served file at a site path, if it is a regular file inside the site. */
    Optional<Path> findFile(String sitePath) {
        return resolveInside(sitePath).filter(Files::isRegularFile);
    }

    boolean isFolder(String sitePath) {
        return resolveInside(sitePath).filter(Files::isDirectory).isPresent();
    }

    private Optional<Path> resolveInside(String sitePath) {
        Path root = current.get();
        if (root == null) {
            return Optional.empty();
        }
        Path file = root.resolve(sitePath).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void close() throws IOException {
        deleteTree(workDir);
    }

    private static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
