package dev.sitegen.publish;

import dev.sitegen.render.RenderCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The caches a build keeps beside the output it stages ({@code .site-gen/<out name>/}): the render cache
 * ({@link RenderCacheFile}) and the page scans ({@link PageScanFile}). Both describe one output's files by their
 * SHA-256, so they are written only once that output is committed, from the hashes of what was staged, and the
 * render cache of the output being replaced is deleted before the swap: a build killed in between leaves no
 * cache describing another output. Apart from {@link StagedOutput}, which stages the files and swaps them in.
 */
final class OutputCaches implements AutoCloseable {

    /** The render cache to write beside the output when it commits, and its key. */
    private Optional<RenderCache> renderCache = Optional.empty();
    private String renderCacheKey = "";
    /** The page scans to write beside the output when it commits. */
    private Optional<PageScanFile> pageScans = Optional.empty();

    /** Writes {@code cache}'s units, keyed by {@code key}, beside the output when it commits. */
    void keepRenderCache(String key, RenderCache cache) {
        renderCache = Optional.of(cache);
        renderCacheKey = key;
    }

    /** Writes {@code scans}' spool beside the output when it commits; closes it when the output closes. */
    void keepPageScans(PageScanFile scans) {
        pageScans = Optional.of(scans);
    }

    /** The page scans spooled for the output, when its build keeps them. */
    Optional<PageScanFile> pageScans() {
        return pageScans;
    }

    /** Before the swap: the render cache describes the output being replaced. */
    void deleteReplaced(Path target) throws IOException {
        if (renderCache.isPresent()) {
            RenderCacheFile.deleteCache(target);
        }
    }

    /** After the swap: the caches of the output now at {@code target}, whose files {@code written} records. */
    void writeCommitted(Path target, Map<String, ManifestFile> written) throws IOException {
        if (renderCache.isPresent()) {
            RenderCacheFile.writeCache(target, renderCacheKey, renderCache.get(), renderCache.get().nextMemo()
                    .withHashes(p -> written.containsKey(p) ? written.get(p).sha256() : ""));
        }
        if (pageScans.isPresent()) {
            pageScans.get().commit(p -> Optional.ofNullable(written.get(p)).map(ManifestFile::sha256));
        }
    }

    @Override
    public void close() throws IOException {
        if (pageScans.isPresent()) {
            pageScans.get().close();
        }
    }
}
