package dev.sitegen.build;

import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.publish.LoadCacheFile;
import dev.sitegen.publish.OutputLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The load cache of a published build's output ({@link LoadCacheFile}: the specs and metadata its
 * connectors' folders were parsed into and its docs' verdicts against the markdown limits, entries vouched
 * for by {@link LoadMemo}): opened before loading, written after the output is committed. The whole file
 * belongs to one generator and root; one of another, or one that does not read (truncated, damaged,
 * edited), is ignored with an {@code info:} line and every file is read. {@code --force} ignores it.
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
            Optional<byte[]> bytes = LoadCacheFile.readCache(target);
            if (bytes.isEmpty()) {
                return LoadMemo.empty();
            }
            return LoadMemo.decode(bytes.get(), describeKey(layout));
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
        private boolean committed;

        private Spooled(OutputLock lock, boolean spooled) {
            this.lock = lock;
            this.spooled = spooled;
        }

        /** Makes the spooled memo the output's load cache; call after the output committed. */
        void commit() throws IOException {
            if (spooled) {
                LoadCacheFile.commitSpool(lock);
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
            return new Spooled(lock, false);
        }
        LoadCacheFile.spoolCache(lock, memo.encodeToForget(describeKey(layout)));
        return new Spooled(lock, true);
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
