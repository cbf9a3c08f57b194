package dev.sitegen.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One of {@link LoadMemo}'s tables of one kind of value (specs, metadata, limits verdicts, changelog tables), by
 * connector or doc file: the entries the memo was made with, those this load re-used or made (each under the
 * fingerprint of the files it came from), and how many it re-used. Apart from the memo, which decides what is
 * looked up when, so that each kind is kept and counted the same way. Thread-safe: connectors load on several
 * workers.
 */
final class MemoTable<T> {

    // not final: forgotten by forget (the previous build's entries are as many bytes as this one's)
    private Map<String, MemoEntry> previous;
    private final Map<String, MemoEntry> next = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();
    private final LoadMemoCodecs.Codec<T> codec;

    MemoTable(Map<String, MemoEntry> previous, LoadMemoCodecs.Codec<T> codec) {
        this.previous = Map.copyOf(previous);
        this.codec = codec;
    }

    /** The entries the memo was made with. */
    Map<String, MemoEntry> previous() {
        return previous;
    }

    int reusedCount() {
        return reused.get();
    }

    /**
     * The value kept for {@code name} under {@code fingerprint}, carried over to the next memo and counted; empty
     * when there is none, another fingerprint, or it does not decode (then the files are read).
     */
    Optional<T> findKept(String name, Optional<String> fingerprint) {
        Optional<T> kept = LoadMemoCodecs.findKept(previous, next, name, fingerprint, codec);
        kept.ifPresent(k -> reused.incrementAndGet());
        return kept;
    }

    /** Keeps {@code value}, made now, under {@code fingerprint} (nothing without one). */
    void keep(String name, Optional<String> fingerprint, T value) {
        LoadMemoCodecs.keep(next, name, fingerprint, value, codec);
    }

    /** The entries this load re-used or made, by name. */
    Map<String, MemoEntry> listEntries() {
        return new HashMap<>(next);
    }

    /**
     * {@code read} (what this load re-used or made), plus the entries it did not look at of connectors or docs in
     * {@code seen} (this load found them) when {@code keepUnread}: a scoped check looks at few.
     */
    Map<String, MemoEntry> withUnread(Map<String, MemoEntry> read, Set<String> seen, boolean keepUnread) {
        if (!keepUnread) {
            return read;
        }
        Map<String, MemoEntry> all = new HashMap<>();
        previous.forEach((name, entry) -> {
            if (seen.contains(name)) {
                all.put(name, entry);
            }
        });
        all.putAll(read);
        return all;
    }

    /**
     * Whether {@link #withUnread} would give exactly the entries the memo was made with, without building it: every
     * entry this load re-used or made is the very previous one, and every previous entry is carried on (re-used, or
     * kept unread for a name in {@code seen}).
     */
    boolean keepsPrevious(Set<String> seen, boolean keepUnread) {
        for (Map.Entry<String, MemoEntry> e : next.entrySet()) {
            if (previous.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        if (!keepUnread) {
            return next.size() == previous.size();
        }
        for (String name : previous.keySet()) {
            if (!seen.contains(name) && !next.containsKey(name)) {
                return false;
            }
        }
        return true;
    }

    /** Holds nothing any more (a build's memo once encoded). */
    void forget() {
        previous = Map.of();
        next.clear();
    }
}
