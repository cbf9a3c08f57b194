package dev.sitegen.build;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.KeptMemo;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.publish.LoadCacheFile;
import dev.sitegen.publish.OutputLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The load cache of a published build's output ({@link LoadCacheFile}: the specs and metadata its
 * connectors' folders were parsed into and its docs' verdicts against the markdown limits, entries vouched
 * for by {@link LoadMemo}): opened before loading, written aside before the render (the spool) and put in
 * place once the output commits. The whole file belongs to one generator and root; one of another, or one
 * that does not read (truncated, damaged, edited), is ignored with an {@code info:} line and every file is
 * read. {@code --force} ignores it. In a long-lived process the memo stays decoded between builds
 * ({@link MemoryTier}) while the file keeps its stamp.
 */
final class LoadCache {

    private LoadCache() {
    }

    /** The memo of {@code request}'s output's last build, or an empty one that still records this load. */
    static LoadMemo openMemo(SiteLayout layout, OutputRequest request) throws IOException {
        if (request.force()) {
            return LoadMemo.empty();
        }
        Path target;
        try {
            target = OutputTarget.checkOutput(layout, OutputPolicy.of(layout), request, false);
        } catch (ConfigException e) {
            // an output this build may not write: the publishing step says so
            return LoadMemo.empty();
        }
        try {
            Optional<Path> file = LoadCacheFile.findCacheFile(target);
            if (file.isEmpty()) {
                return LoadMemo.empty();
            }
            String key = describeKey(layout);
            Optional<LoadMemo> kept = MemoryTier.findKept(file.get(), KeptMemo.class)
                    .flatMap(k -> LoadMemo.reuse(k, key));
            if (kept.isPresent()) {
                return kept.get();
            }
            Optional<String> stamp = MemoryTier.stampBeforeRead(file.get());
            Optional<byte[]> bytes = LoadCacheFile.readCache(target);
            if (bytes.isEmpty()) {
                return LoadMemo.empty();
            }
            LoadMemo memo = LoadMemo.decode(bytes.get(), key);
            MemoryTier.keep(file.get(), stamp, memo.describeKept(key));
            return memo;
        } catch (IOException e) {
            request.notices().accept("info: the load cache cannot be used (" + e.getMessage()
                    + "); ignored, every file is read");
            return LoadMemo.empty();
        }
    }

    /**
     * The load cache a published build wrote aside ({@link #spoolMemo}): {@link #commit} puts it in place once
     * the output committed; closing it without deletes it (a failed build leaves the last cache as it was).
     */
    static final class Spooled implements AutoCloseable {

        private final OutputLock lock;
        /** Whether a memo was spooled (one that records nothing writes no cache, nor puts a stale spool in place). */
        private final boolean spooled;
        /** The memo as {@link MemoryTier} keeps it, only when enabled (else nothing is held through the render). */
        private final Optional<KeptMemo> kept;
        private boolean committed;

        private Spooled(OutputLock lock, boolean spooled, Optional<KeptMemo> kept) {
            this.lock = lock;
            this.spooled = spooled;
            this.kept = kept;
        }

        /** Makes the spooled memo the output's load cache; call after the output committed. */
        void commit() throws IOException {
            if (spooled) {
                Path file = LoadCacheFile.commitSpool(lock);
                kept.ifPresent(k -> MemoryTier.keep(file, Optional.empty(), k));
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                LoadCacheFile.discardSpool(lock);
            }
        }
    }

    /**
     * Writes what this build's load read aside, for the next build of the output {@code lock} holds, and
     * empties {@code memo}: called before the render, so its entries are not held through it, the build's
     * peak (see {@link LoadMemo#encodeToForget}).
     */
    static Spooled spoolMemo(OutputLock lock, SiteLayout layout, LoadMemo memo) throws IOException {
        if (!memo.isRecording()) {
            return new Spooled(lock, false, Optional.empty());
        }
        LoadMemo.Encoded encoded = memo.encodeToForget(describeKey(layout));
        LoadCacheFile.spoolCache(lock, encoded.bytes());
        return new Spooled(lock, true, MemoryTier.isEnabled() ? Optional.of(encoded.kept()) : Optional.empty());
    }

    /** The generator (its jar) and the root: positions and findings name files relative to the root. */
    private static String describeKey(SiteLayout layout) throws IOException {
        return describeKey(layout, layout.root());
    }

    /** The key of a memo of {@code layout} read from {@code root} (check's cache names the root by its real path). */
    static String describeKey(SiteLayout layout, Path root) throws IOException {
        return "generator " + BuildInputs.stampGenerator() + "\nroot " + root + "\nlayout " + layout.kind();
    }
}
