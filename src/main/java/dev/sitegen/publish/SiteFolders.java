package dev.sitegen.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Names, moves and deletes of the output folder and its siblings {@code <out>.staging-<pid>} (being
 * built) and {@code <out>.old-<pid>} (the previous output during the swap).
 */
final class SiteFolders {

    static final String STAGING = ".staging-";
    static final String OLD = ".old-";

    private SiteFolders() {
    }

    static Path siblingOf(Path target, String kind) {
        return target.resolveSibling(target.getFileName() + kind + ProcessHandle.current().pid());
    }

    /** Renames a folder, atomically where the file system can. */
    static void moveFolder(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a folder of ours, its {@code .site-gen/} marker last: a build killed halfway through
     * leaves a folder that still carries the marker, so the next build knows it may delete it.
     */
    static void deleteOurFolder(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path marker = dir.resolve(OutputMarker.DIR);
        deleteContents(dir, marker);
        deleteMarkerFolder(marker);
        Files.delete(dir);
    }

    /** Deletes a folder and everything in it; a link in it is deleted, never followed. */
    static void deleteTree(Path dir) throws IOException {
        deleteContents(dir, null);
        Files.delete(dir);
    }

    /** Deletes what {@code dir} holds but {@code kept} (null: nothing kept), leaving {@code dir} itself. */
    private static void deleteContents(Path dir, Path kept) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d.equals(kept) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!d.equals(dir)) {
                    Files.delete(d);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteMarkerFolder(Path marker) throws IOException {
        if (!Files.isDirectory(marker, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> children = Files.list(marker)) {
            for (Path child : children.sorted().toList()) {
                if (!child.getFileName().toString().equals("output")) {
                    Files.delete(child);
                }
            }
        }
        Files.deleteIfExists(marker.resolve("output"));
        Files.delete(marker);
    }
}
