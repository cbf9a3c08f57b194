package dev.sitegen.render;

import dev.sitegen.codec.MemoryTier;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What the render made of large immutable values, by the value's identity, for a long-lived process
 * ({@link MemoryTier}): there the load hands the next command the very same instances for files whose fingerprints
 * did not change (kept decoded in the tier), and so does the render cache for units it re-uses; digesting a
 * connector's metadata, spec and doc again was most of a one-doc rebuild's render keys, and encoding every search
 * entry to learn its size a fifth of writing the search index. The key is the value itself, compared by identity
 * and held weakly, and what was made of it ({@link Kind}): a value is immutable, so what was made of it can never
 * be stale, and one nothing hands out any more is dropped with it. Off unless the tier is: a normal run keeps
 * nothing. Bounded ({@link #MAX_ENTRIES}, cleared whole when full).
 */
final class IdentityMemo {

    /** What is made of a value. */
    enum Kind {
        /** Its {@link ValueDigest} without positions. */
        DIGEST,
        /** Its {@link ValueDigest} with positions. */
        DIGEST_WITH_POSITIONS
    }

    /** About a build of a 10x catalog: its connectors' values and search entries (some 20 MB at most). */
    static final int MAX_ENTRIES = 200_000;

    private static final Map<Key, Object> MADE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();
    private static final AtomicInteger REUSED = new AtomicInteger();

    private IdentityMemo() {
    }

    /** What {@code make} makes of {@code value}, remembered for this very instance while the tier is on. */
    static <T> T findOrMake(Object value, Kind kind, Supplier<T> make) {
        if (!MemoryTier.isEnabled()) {
            return make.get();
        }
        dropCollected();
        Object known = MADE.get(new Key(value, kind, null));
        if (known != null) {
            REUSED.incrementAndGet();
            @SuppressWarnings("unchecked") T kept = (T) known;
            return kept;
        }
        T made = make.get();
        if (MADE.size() >= MAX_ENTRIES) {
            MADE.clear();
        }
        MADE.put(new Key(value, kind, GONE), made);
        return made;
    }

    /** How many values are remembered now (tests). */
    static int countKept() {
        dropCollected();
        return MADE.size();
    }

    /** How many times something was given out instead of made (tests). */
    static int countReused() {
        return REUSED.get();
    }

    private static void dropCollected() {
        for (Object gone = GONE.poll(); gone != null; gone = GONE.poll()) {
            MADE.remove(gone);
        }
    }

    /** A value by identity (held weakly) and what was made of it. */
    private static final class Key extends WeakReference<Object> {

        private final int hash;
        private final Kind kind;

        Key(Object value, Kind kind, ReferenceQueue<Object> queue) {
            super(value, queue);
            this.hash = System.identityHashCode(value) * 31 + kind.ordinal();
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key k) || k.kind != kind) {
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
