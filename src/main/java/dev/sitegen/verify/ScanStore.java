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

    /**
     * What link verification recorded of the previous build's re-used pages, as a long-lived process keeps it
     * ({@link KeptScans}; opaque to the store, which lives downstream of this package); empty by default.
     */
    default Optional<Object> findKeptRecords() {
        return Optional.empty();
    }

    /** Keeps this build's {@link KeptScans} for the next build of this process, once its scans are committed. */
    default void keepRecords(Object records) {
    }

    /** As {@link #of(BiFunction, BiConsumer)}, also handing kept records through these two functions. */
    static ScanStore of(BiFunction<String, String, Optional<byte[]>> find, BiConsumer<String, byte[]> keep,
                        java.util.function.Supplier<Optional<Object>> findRecords,
                        java.util.function.Consumer<Object> keepRecords) {
        ScanStore scans = of(find, keep);
        return new ScanStore() {
            @Override
            public Optional<byte[]> findScan(String path, String sha256) {
                return scans.findScan(path, sha256);
            }

            @Override
            public void keepScan(String path, byte[] scan) {
                scans.keepScan(path, scan);
            }

            @Override
            public Optional<Object> findKeptRecords() {
                return findRecords.get();
            }

            @Override
            public void keepRecords(Object records) {
                keepRecords.accept(records);
            }
        };
    }

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
