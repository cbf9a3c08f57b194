package dev.sitegen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real paths (every link resolved) for one {@link InputGate}, each folder resolved once. A load admits
 * thousands of files in a few hundred folders, and resolving a path asks the file system about every one
 * of its segments (a {@code readlink} each, about 40,000 for the real monorepo); but a path whose last
 * segment is no link is, exactly, its folder's real path plus that name, so only links and folders are
 * resolved, and a folder once. Remembered for the gate's life: a gate serves one read of the inputs.
 */
final class RealPaths {

    private final Map<Path, Optional<Path>> folders = new ConcurrentHashMap<>();

    /** The real path of {@code abs} (absolute and normalized), empty when it does not resolve. */
    Optional<Path> findRealPath(Path abs) {
        Path parent = abs.getParent();
        Path name = abs.getFileName();
        if (parent == null || name == null) {
            return resolve(abs);
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            // no such entry (or no way to it): it does not resolve either
            return Optional.empty();
        }
        if (attrs.isSymbolicLink()) {
            return resolve(abs);
        }
        return findFolder(parent).map(p -> p.resolve(name.toString()));
    }

    private Optional<Path> findFolder(Path dir) {
        Optional<Path> known = folders.get(dir);
        if (known != null) {
            return known;
        }
        Optional<Path> real = findRealPath(dir);
        folders.putIfAbsent(dir, real);
        return real;
    }

    /** The real path as the file system resolves it, segment by segment. */
    static Optional<Path> resolve(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
