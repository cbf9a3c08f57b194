package dev.sitegen.publish;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.render.RenderCache;
import dev.sitegen.render.RenderMemo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The render cache of an output, kept beside it as {@code .site-gen/<output name>/render-cache.bin}:
 * what the build that wrote the output rendered, unit by unit (see {@link RenderMemo}), under the key
 * of that build's generator and options. It is never trusted blindly: a cache of another format,
 * generator or options, or one that cannot be parsed, is ignored with an info line; so is the whole
 * cache unless the output is exactly as its build left it (the build stamp), and each unit is re-used
 * only when the output's manifest records its files with the cache's SHA-256. It is deleted before the
 * output is swapped and written after, so a killed build leaves no entry describing another output.
 */
public final class RenderCacheFile {

    static final String NAME = "render-cache.bin";
    static final int FORMAT = 3;

    private RenderCacheFile() {
    }

    /**
     * What is stored: the format, a digest of the build's key (generator, root, options), the counts of
     * the build that wrote it and its units.
     */
    record Stored(int format, String key, int renderedPages, int reusedPages, RenderMemo memo) {
    }

    /**
     * The cache for the build staging into {@code output}: the previous build's units when its cache
     * can be trusted, re-used from the output being replaced; else a cold cache, {@code info} saying why
     * when there was a cache file; with {@code force}, cold without reading. The output writes the new
     * cache when it commits.
     */
    public static RenderCache openCache(StagedOutput output, String key, boolean force, Consumer<String> info)
            throws IOException {
        Optional<Stored> stored = force ? Optional.empty() : readStored(output.target(), info);
        Optional<RenderCache> trusted = stored.filter(s -> usable(s, key, info) && isOutputAsBuilt(output.target(), info))
                .map(s -> RenderCache.of(s.memo(), output.openPrevious()));
        RenderCache cache = trusted.orElseGet(RenderCache::cold);
        output.caches().keepRenderCache(key, cache);
        // the page scans are kept under the same trust: read only when the cache is, spooled anyway
        output.caches().keepPageScans(PageScanFile.open(output.target(), key, trusted.isPresent(), info));
        return cache;
    }

    /** How many HTML pages a build rendered and how many it re-used from the previous output. */
    public record Counts(int rendered, int reused) {
    }

    /** The counts the last committed build of {@code target} recorded, when its cache can be read. */
    public static Optional<Counts> readCounts(Path target) {
        return readStored(target, message -> { }).map(s -> new Counts(s.renderedPages(), s.reusedPages()));
    }

    private static boolean usable(Stored stored, String key, Consumer<String> info) {
        if (stored.format() != FORMAT || !digestKey(key).equals(stored.key())) {
            info.accept("info: the render cache was written by another site-gen version or with other options; "
                    + "ignored, every page is rendered");
            return false;
        }
        return true;
    }

    /**
     * The cache vouches for the previous output's files only while they are the ones its build wrote;
     * otherwise a committed output and cache would be re-used unsanitized.
     */
    private static boolean isOutputAsBuilt(Path target, Consumer<String> info) {
        try {
            if (BuildStamp.isOutputAsBuilt(target)) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable stamp or output: not the output the cache describes
        }
        info.accept("info: the output is not as the build that wrote the render cache left it (a file added, "
                + "edited or removed since, or an output not built here); ignored, every page is rendered");
        return false;
    }

    private static Optional<Stored> readStored(Path target, Consumer<String> info) {
        Path file = BuildStamp.stampDir(target).resolve(NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(file.getParent().getParent(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // a long-lived process keeps the decoded file while it keeps the stamp it had when written or read
        Optional<Stored> kept = MemoryTier.findKept(file, Stored.class);
        if (kept.isPresent()) {
            return kept;
        }
        try {
            Optional<String> stamp = MemoryTier.stampBeforeRead(file);
            Stored stored = RenderCacheCodec.read(Files.readAllBytes(file));
            MemoryTier.keep(file, stamp, stored);
            return Optional.of(stored);
        } catch (IOException | RuntimeException e) {
            // truncated by a crash, edited, or of a format this version cannot read: never trusted
            info.accept("info: the render cache " + file.getFileName() + " cannot be read (" + firstLine(e)
                    + "); ignored, every page is rendered");
            return Optional.empty();
        }
    }

    static void deleteCache(Path target) throws IOException {
        // the JSON file of earlier versions too: nothing reads it any more
        for (String name : new String[] {NAME, "render-cache.json"}) {
            Optional<Path> file = BuildStamp.findStampFile(target, name);
            if (file.isPresent()) {
                Files.delete(file.get());
            }
        }
    }

    static void writeCache(Path target, String key, RenderCache cache, RenderMemo memo) throws IOException {
        Path dir = OutputFiles.createFoldersBelow(target.getParent(), OutputMarker.DIR, target.getFileName().toString());
        Stored stored = new Stored(FORMAT, digestKey(key), cache.renderedPages(), cache.reusedPages(), memo);
        Path file = dir.resolve(NAME);
        try {
            OutputFiles.replaceFile(file, out -> RenderCacheCodec.write(out, stored));
        } catch (IOException | RuntimeException e) {
            MemoryTier.forget(file);
            throw e;
        }
        MemoryTier.keep(file, Optional.empty(), stored);
    }

    private static String digestKey(String key) {
        return ContentHash.hashBytes(("render-cache " + FORMAT + "\n" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
