package dev.sitegen.render;

import dev.sitegen.codec.MemoryTier;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The digests {@link ValueDigest} made of large immutable values (a connector's metadata, spec, doc), by the
 * value's identity, for a long-lived process ({@link MemoryTier}): there the load hands the next command the very
 * same instances for files whose fingerprints did not change (kept decoded in the tier), and digesting them again
 * was most of a one-doc rebuild's render keys. The key is the value itself, compared by identity and held weakly:
 * a value is immutable, so its digest can never be stale, and one the load no longer hands out is dropped with it.
 * Off unless the tier is: a normal run keeps nothing. Bounded ({@link #MAX_ENTRIES}, cleared whole when full).
 */
final class DigestMemo {

    /** About three builds of a 10x catalog's values (three per connector, two digest kinds), a few MB of strings. */
    static final int MAX_ENTRIES = 50_000;

    private static final Map<Key, String> DIGESTS = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();
    private static final AtomicInteger REUSED = new AtomicInteger();

    private DigestMemo() {
    }

    /** {@code value}'s digest as {@code digest} makes it, remembered for this very instance while the tier is on. */
    static String findOrDigest(Object value, boolean withPositions, Supplier<String> digest) {
        if (!MemoryTier.isEnabled()) {
            return digest.get();
        }
        dropCollected();
        Key key = new Key(value, withPositions, null);
        String known = DIGESTS.get(key);
        if (known != null) {
            REUSED.incrementAndGet();
            return known;
        }
        String made = digest.get();
        if (DIGESTS.size() >= MAX_ENTRIES) {
            DIGESTS.clear();
        }
        DIGESTS.put(new Key(value, withPositions, GONE), made);
        return made;
    }

    /** How many digests are remembered now (tests). */
    static int countKept() {
        dropCollected();
        return DIGESTS.size();
    }

    /** How many digests were given out instead of made (tests). */
    static int countReused() {
        return REUSED.get();
    }

    private static void dropCollected() {
        for (Object gone = GONE.poll(); gone != null; gone = GONE.poll()) {
            DIGESTS.remove(gone);
        }
    }

    /** A value by identity (held weakly) and which kind of digest was made of it. */
    private static final class Key extends WeakReference<Object> {

        private final int hash;
        private final boolean withPositions;

        Key(Object value, boolean withPositions, ReferenceQueue<Object> queue) {
            super(value, queue);
            this.hash = System.identityHashCode(value) * 31 + (withPositions ? 1 : 0);
            this.withPositions = withPositions;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key k) || k.withPositions != withPositions) {
                return false;
            }
            Object value = get();
            // a collected key equals only itself (removed by dropCollected)
            return value != null && value == k.get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
