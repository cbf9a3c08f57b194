package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import java.util.Map;

/**
 * What a {@link LoadMemo}'s file holds, as a long-lived process keeps it decoded ({@link MemoryTier}): its key and
 * tables of entries (each entry with its value once decoded), and what the last command read that no file holds
 * ({@link KeptReads}: docs as read, icons' verdicts). Immutable; the next command's memo is made from it
 * ({@link LoadMemo#reuse}) when the file still has the stamp it had when this was kept.
 */
public final class KeptMemo {

    private final String key;
    private final LoadCacheFormat.Tables tables;
    private final KeptReads.Tables reads;

    KeptMemo(String key, LoadCacheFormat.Tables tables, KeptReads.Tables reads) {
        this.key = key;
        this.tables = new LoadCacheFormat.Tables(Map.copyOf(tables.specs()), Map.copyOf(tables.metadata()),
                Map.copyOf(tables.limits()), Map.copyOf(tables.changelogs()));
        this.reads = reads;
    }

    String key() {
        return key;
    }

    LoadCacheFormat.Tables tables() {
        return tables;
    }

    KeptReads.Tables reads() {
        return reads;
    }
}
