package dev.sitegen.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a bump's files as close to all-or-nothing as a file system allows: every new text goes to a
 * temporary file beside its target first; only when all are written is each moved over its target
 * (atomically where supported). If a move fails, the files already replaced get their old text back
 * and the ones created are removed, so a failed bump leaves the connector as it was.
 */
public final class BumpWriter {

    private BumpWriter() {
    }

    public static void writeChanges(List<FileChange> changes) throws IOException {
        List<Path> temps = new ArrayList<>();
        try {
            for (FileChange change : changes) {
                temps.add(writeTemp(change));
            }
            moveAll(changes, temps);
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path writeTemp(FileChange change) throws IOException {
        Path dir = change.path().toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + change.path().getFileName() + ".", ".tmp");
        Files.write(temp, change.after().getBytes(StandardCharsets.UTF_8));
        if (!change.isNew()) {
            copyPermissions(change.path(), temp);
        }
        return temp;
    }

    private static void moveAll(List<FileChange> changes, List<Path> temps) throws IOException {
        for (int i = 0; i < changes.size(); i++) {
            try {
                move(temps.get(i), changes.get(i).path());
            } catch (IOException e) {
                restore(changes.subList(0, i), e);
                throw e;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Puts back what the already moved files held; failures are attached to the original error. */
    private static void restore(List<FileChange> moved, IOException cause) {
        for (FileChange change : moved) {
            try {
                if (change.isNew()) {
                    Files.deleteIfExists(change.path());
                } else {
                    Files.write(change.path(), change.before().orElseThrow().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not allowed: the default permissions are kept.
        }
    }
}
