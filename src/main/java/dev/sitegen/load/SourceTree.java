package dev.sitegen.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The files of a build root that the build may read. A pull request can add symbolic links, so every
 * file and folder is judged by its real path: one that resolves inside ROOT's real path is read like any
 * other, one that leaves ROOT, dangles or loops is refused with the reason (for a diagnostic), never
 * read and never silently skipped.
 */
final class SourceTree {

    /** A path the build will not read, and why. */
    record Refusal(Path path, String reason) {
    }

    /** Regular files found (sorted) and what was refused on the way. */
    record Listing(List<Path> files, List<Refusal> refused) {
    }

    private final Path realRoot;

    SourceTree(Path root) {
        this.realRoot = realPathOf(root).orElse(root.toAbsolutePath().normalize());
    }

    /** Why {@code path} (a file or folder that exists, possibly as a link) may not be read, if it may not. */
    Optional<Refusal> checkInside(Path path) {
        Optional<Path> real = realPathOf(path);
        if (real.isEmpty()) {
            return Optional.of(new Refusal(path, "is a symbolic link that loops or leads nowhere"));
        }
        if (!real.get().startsWith(realRoot)) {
            return Optional.of(new Refusal(path, "leads outside ROOT (to " + real.get() + ")"));
        }
        return Optional.empty();
    }

    /** Every regular file under {@code dir} whose name ends with {@code suffix}, following links only inside ROOT. */
    Listing listFiles(Path dir, String suffix) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(files, refused);
        }
        Optional<Refusal> top = checkInside(dir);
        if (top.isPresent()) {
            refused.add(top.get());
            return new Listing(files, refused);
        }
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        Optional<Refusal> r = Files.isSymbolicLink(d) ? checkInside(d) : Optional.empty();
                        r.ifPresent(refused::add);
                        return r.isPresent() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        boolean link = Files.isSymbolicLink(f);
                        if (!f.getFileName().toString().endsWith(suffix) && !(link && attrs.isSymbolicLink())) {
                            return FileVisitResult.CONTINUE;
                        }
                        Optional<Refusal> r = link ? checkInside(f) : Optional.empty();
                        if (r.isPresent()) {
                            refused.add(r.get());
                        } else if (attrs.isRegularFile() && f.getFileName().toString().endsWith(suffix)) {
                            files.add(f);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        refused.add(new Refusal(f, e instanceof FileSystemLoopException
                                ? "is a symbolic link back into a folder that contains it (a loop)"
                                : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.naturalOrder());
        refused.sort(Comparator.comparing(Refusal::path));
        return new Listing(files, refused);
    }

    private static Optional<Path> realPathOf(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code path} exists as a directory entry, even as a broken link. */
    static boolean existsAsEntry(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}
