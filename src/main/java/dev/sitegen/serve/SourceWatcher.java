package dev.sitegen.serve;

import dev.sitegen.concurrent.DeepStack;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the build root recursively with the platform's {@code WatchService}, registering folders as
 * they appear, and hands over the changed paths in batches once the tree has been quiet for
 * {@value #QUIET_MILLIS} ms (an editor's save is several events, microseconds apart; the quiet time is
 * most of an edit's latency, so it is short: events that arrive during a rebuild wait in the service
 * and make the next batch, so a save seen half-written is rebuilt again at once). Skips folders that
 * never feed the site: hidden ones ({@code .git}), build outputs and dependencies, and anything below a
 * connector folder (its code; metadata and icon sit at its top).
 */
final class SourceWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 15;
    private static final long MAX_BATCH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "site-out", "__pycache__");

    /** Paths that changed (files or folders, possibly deleted), and whether events were lost. */
    record ChangeBatch(Set<Path> paths, boolean overflow) {
    }

    private final Path root;
    private final Path connectorsDir;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private Thread thread;

    private SourceWatcher(Path root, Path connectorsDir) throws IOException {
        this.root = root;
        this.connectorsDir = connectorsDir;
        this.service = root.getFileSystem().newWatchService();
    }

    /** Registers every folder below {@code root} now, so no edit after this call is missed. */
    static SourceWatcher watchTree(Path root, Path connectorsDir) throws IOException {
        SourceWatcher watcher = new SourceWatcher(root.toAbsolutePath().normalize(),
                connectorsDir.toAbsolutePath().normalize());
        try {
            watcher.registerTree(watcher.root, new TreeSet<>());
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        return watcher;
    }

    /**
     * Calls {@code listener} with each batch, one at a time, on the watcher's own thread: a deep-stack
     * one, so the markdown a rebuild renders runs on it rather than on a thread started for each doc.
     */
    void startWatching(Consumer<ChangeBatch> listener) {
        thread = DeepStack.newThread(() -> watchUntilClosed(listener), "site-gen-serve-watch");
        thread.start();
    }

    private void watchUntilClosed(Consumer<ChangeBatch> listener) {
        try {
            while (true) {
                Set<Path> paths = new TreeSet<>();
                boolean overflow = drainKey(service.take(), paths);
                long deadline = System.nanoTime() + MAX_BATCH_NANOS;
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drainKey(next, paths);
                }
                listener.accept(new ChangeBatch(paths, overflow));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    /** Collects a key's events into {@code paths}; returns whether the platform dropped events. */
    private boolean drainKey(WatchKey key, Set<Path> paths) {
        Path dir = keys.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            paths.add(child);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    registerTree(child, paths);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
        return overflow;
    }

    /** Registers {@code start} and the folders below it, adding the files already inside to {@code found}. */
    private void registerTree(Path start, Set<Path> found) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!isWatched(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private boolean isWatched(Path dir) {
        if (dir.equals(root)) {
            return true;
        }
        String name = dir.getFileName().toString();
        if (name.startsWith(".") || SKIPPED.contains(name)) {
            return false;
        }
        return !dir.startsWith(connectorsDir) || connectorsDir.relativize(dir).getNameCount() <= 1;
    }

    @Override
    public void close() throws IOException {
        service.close();
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
