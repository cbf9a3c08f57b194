package dev.sitegen.render;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.load.FileFingerprints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Icons' digests ({@link IconWriter#digestIcon}) in a long-lived process ({@link MemoryTier}), under the fingerprint
 * of the file they were hashed from ({@link FileFingerprints#describeContent}: real path, size, times, inode, taken
 * before the read; none for a file changed within the racy window): every connector's icon was read and hashed for
 * its page's render key on every build. Off unless the tier is; bounded ({@link #MAX_ENTRIES}, cleared whole when
 * full).
 */
final class KeptIconDigests {

    /** Ten times the corpus's icons. */
    static final int MAX_ENTRIES = 10_000;

    /** Hashes a file's bytes. */
    @FunctionalInterface
    interface Hash {
        String hash() throws IOException;
    }

    private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

    private KeptIconDigests() {
    }

    /** The digest of the regular file {@code real}'s bytes: kept for its fingerprint, else {@code hash}ed now. */
    static String digestContent(Path real, Hash hash) throws IOException {
        return digestContent(real, hash, System.currentTimeMillis() * 1_000_000L);
    }

    /** {@link #digestContent(Path, Hash)}, files' times compared with {@code nowNanos} (tests age files so). */
    static String digestContent(Path real, Hash hash, long nowNanos) throws IOException {
        if (!MemoryTier.isEnabled()) {
            DIGESTS.clear();
            return hash.hash();
        }
        Optional<String> fingerprint = FileFingerprints.describeContent(real, nowNanos);
        String kept = fingerprint.map(DIGESTS::get).orElse(null);
        if (kept != null) {
            return kept;
        }
        String digest = hash.hash();
        if (fingerprint.isPresent()) {
            if (DIGESTS.size() >= MAX_ENTRIES) {
                DIGESTS.clear();
            }
            DIGESTS.put(fingerprint.get(), digest);
        }
        return digest;
    }

    /** How many digests are kept (tests). */
    static int countKept() {
        return DIGESTS.size();
    }
}
