package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code git cat-file} answered for files at a commit ({@code ID:path}), kept in memory by a long-lived
 * process ({@link MemoryTier} enabled; nothing is kept otherwise), so a pull request checked again against the
 * same base starts no git process to read it. The key is the whole object name: a commit id and a path from the
 * top of the work tree name the same bytes for good (content addressed; read without replace refs), so a kept
 * answer is never stale, whichever repository or command asks. Bytes are copied in and out (kept values are
 * immutable). Bounded: at most {@link #MAX_FILES} answers and {@link #MAX_BYTES} bytes, the least recently used
 * dropped first.
 */
final class KeptBlobs {

    static final int MAX_FILES = 512;
    static final long MAX_BYTES = 16L << 20;

    /** A file's bytes at the commit, or none: no file there (absent, a folder). */
    record Answer(Optional<byte[]> bytes) {
    }

    private static final Map<String, Optional<byte[]>> KEPT = new LinkedHashMap<>(64, 0.75f, true);
    private static final AtomicLong KEPT_BYTES = new AtomicLong();
    private static final AtomicInteger REUSED = new AtomicInteger();

    private KeptBlobs() {
    }

    /** The answer kept for {@code objectName}; empty when the tier is off or nothing is kept. */
    static Optional<Answer> findKept(String objectName) {
        if (!MemoryTier.isEnabled()) {
            return Optional.empty();
        }
        Optional<byte[]> bytes;
        synchronized (KEPT) {
            bytes = KEPT.get(objectName);
        }
        if (bytes == null) {
            return Optional.empty();
        }
        REUSED.incrementAndGet();
        return Optional.of(new Answer(bytes.map(byte[]::clone)));
    }

    /** Keeps git's answer for {@code objectName} (bytes, or none); does nothing when the tier is off. */
    static void keep(String objectName, Optional<byte[]> bytes) {
        if (!MemoryTier.isEnabled() || bytes.map(b -> b.length > MAX_BYTES).orElse(false)) {
            return;
        }
        Optional<byte[]> copy = bytes.map(byte[]::clone);
        synchronized (KEPT) {
            Optional<byte[]> before = KEPT.put(objectName, copy);
            KEPT_BYTES.addAndGet(sizeOf(copy) - (before == null ? 0 : sizeOf(before)));
            var oldest = KEPT.entrySet().iterator();
            while (KEPT.size() > MAX_FILES || KEPT_BYTES.get() > MAX_BYTES) {
                KEPT_BYTES.addAndGet(-sizeOf(oldest.next().getValue()));
                oldest.remove();
            }
        }
    }

    /** Drops every kept answer (tests: what one leaves is not held for the rest of the run). */
    static void forgetAll() {
        synchronized (KEPT) {
            KEPT.clear();
            KEPT_BYTES.set(0);
        }
    }

    /** How many answers were given from memory instead of git (tests observe re-use by it). */
    static int countReused() {
        return REUSED.get();
    }

    private static long sizeOf(Optional<byte[]> bytes) {
        return bytes.map(b -> (long) b.length).orElse(0L);
    }
}
