package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import java.util.Optional;

/**
 * A remembered read of {@link LoadMemo}: the fingerprint of the files it came from and what was made of them, as
 * the bytes of its own codec (decoded only when re-used, on the worker loading the connector; kept as they are
 * for the next build, so an unchanged connector costs neither decoding at start nor encoding at the end).
 */
final class MemoEntry {

    private final String fingerprint;
    private final byte[] bytes;
    /**
     * The value decoded from {@link #bytes}, kept only in a long-lived process ({@link MemoryTier}), where the
     * entry outlives the command: the next command that re-uses the entry is given it instead of decoding the
     * bytes again. The values are immutable records, so sharing one between commands is safe.
     */
    private volatile Object decoded;

    MemoEntry(String fingerprint, byte[] bytes) {
        this.fingerprint = fingerprint;
        this.bytes = bytes;
    }

    String fingerprint() {
        return fingerprint;
    }

    byte[] bytes() {
        return bytes;
    }

    Optional<Object> findDecoded() {
        return Optional.ofNullable(decoded);
    }

    void keepDecoded(Object value) {
        if (MemoryTier.isEnabled()) {
            decoded = value;
        }
    }
}
