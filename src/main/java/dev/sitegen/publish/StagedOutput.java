package dev.sitegen.publish;

import dev.sitegen.render.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Output written to {@code <out>.staging-<pid>} beside the target folder; {@link #commit()} moves
 * the previous output aside, moves the staged one in and deletes the old one, {@link #discard()}
 * deletes the staging folder. The target is never written into directly.
 */
public final class StagedOutput implements SiteSink, AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    public StagedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        Files.createDirectories(parent);
        this.staging = parent.resolve(this.target.getFileName() + ".staging-" + ProcessHandle.current().pid());
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    @Override
    public void writeFile(String path, byte[] content) {
        Path file = resolveInside(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
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

    /** Swaps the staged site in place of the target. */
    public void commit() throws IOException {
        Path old = target.resolveSibling(target.getFileName() + ".old-" + ProcessHandle.current().pid());
        deleteTree(old);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        committed = true;
        deleteTree(old);
    }

    public void discard() throws IOException {
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            discard();
        }
    }

    private Path resolveInside(String path) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging)) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
