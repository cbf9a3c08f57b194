package dev.sitegen.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A preview's private temporary folder, marked with the id of the process that owns it. Deleting a
 * monorepo's built site takes seconds, longer than a preview may take to stop: {@link #discard} only
 * renames the folder and deletes it on a background thread, and a folder whose owner is gone (a
 * stop cut that thread short, or a killed preview) is deleted by the next preview that starts.
 */
final class ScratchFolder {

    static final String PREFIX = "site-gen-serve-";
    private static final String OWNER = "owner.pid";
    private static final String DISCARDED = ".discarded";

    private final Path dir;

    private ScratchFolder(Path dir) {
        this.dir = dir;
    }

    /** A new folder in the system's temporary folder; starts removing abandoned ones beside it. */
    static ScratchFolder createFolder() throws IOException {
        Path dir = Files.createTempDirectory(PREFIX).toAbsolutePath().normalize();
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        startDeleting("site-gen-serve-tidy", () -> removeAbandoned(dir.getParent()));
        return new ScratchFolder(dir);
    }

    Path dir() {
        return dir;
    }

    /** Renames the folder out of the way at once and deletes it in the background. */
    void discard() throws IOException {
        Path gone = dir.resolveSibling(dir.getFileName() + DISCARDED);
        Files.move(dir, gone, StandardCopyOption.ATOMIC_MOVE);
        startDeleting("site-gen-serve-discard", () -> deleteTree(gone));
    }

    /** Our folders beside {@code tmp} whose owner process no longer runs. */
    private static void removeAbandoned(Path tmp) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && findOwner(folder).isPresent()
                        && ProcessHandle.of(findOwner(folder).get()).filter(ProcessHandle::isAlive).isEmpty()) {
                    deleteTree(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is best effort: the next preview tries again
        }
    }

    private static Optional<Long> findOwner(Path folder) {
        try {
            return Optional.of(Long.parseLong(Files.readString(folder.resolve(OWNER), StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            // not ours, or being written: leave it
            return Optional.empty();
        }
    }

    private static void startDeleting(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.equals(dir.resolve(OWNER))) {
                        Files.deleteIfExists(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (d.equals(dir)) {
                        Files.deleteIfExists(dir.resolve(OWNER));
                    }
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: whatever is left has its owner marker until the last file, so the next preview retries
        }
    }
}
