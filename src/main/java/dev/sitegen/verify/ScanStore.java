package dev.sitegen.verify;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Where link verification keeps each page's scan (its anchors and links, encoded) between builds, so a
 * page the render cache re-uses is not read and scanned again. A stored scan is handed back only for
 * the very bytes it was taken from (the page's SHA-256), so a stale or foreign entry is never used.
 */
public interface ScanStore {

    /** The scan kept for {@code path} when the page then had {@code sha256}. */
    Optional<byte[]> findScan(String path, String sha256);

    /** Keeps {@code scan} for the page this build writes at {@code path}. */
    void keepScan(String path, byte[] scan);

    /** A store backed by these two functions. */
    static ScanStore of(BiFunction<String, String, Optional<byte[]>> find, BiConsumer<String, byte[]> keep) {
        return new ScanStore() {
            @Override
            public Optional<byte[]> findScan(String path, String sha256) {
                return find.apply(path, sha256);
            }

            @Override
            public void keepScan(String path, byte[] scan) {
                keep.accept(path, scan);
            }
        };
    }

    /** Keeps nothing: every page is scanned. */
    static ScanStore none() {
        return of((path, sha256) -> Optional.empty(), (path, scan) -> { });
    }
}
