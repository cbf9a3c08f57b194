package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link LoadMemo}'s file holds, as a long-lived process keeps it decoded ({@link MemoryTier}): its key and
 * tables of entries (each entry with its value once decoded), and the docs the last command read, which no file
 * holds. Immutable; the next command's memo is made from it ({@link LoadMemo#reuse}) when the file still has the
 * stamp it had when this was kept.
 */
public final class KeptMemo {

    /**
     * A doc as read (text, field references, problems) from the real path the input gate admitted, under the
     * fingerprint of its listed path taken before it was read.
     */
    record Doc(String fingerprint, Path real, DocReader.Result read) {
    }

    private final String key;
    private final LoadCacheFormat.Tables tables;
    private final Map<String, Doc> docs;

    KeptMemo(String key, LoadCacheFormat.Tables tables, Map<String, Doc> docs) {
        this.key = key;
        this.tables = new LoadCacheFormat.Tables(Map.copyOf(tables.specs()), Map.copyOf(tables.metadata()),
                Map.copyOf(tables.limits()), Map.copyOf(tables.changelogs()));
        this.docs = Map.copyOf(docs);
    }

    String key() {
        return key;
    }

    LoadCacheFormat.Tables tables() {
        return tables;
    }

    Map<String, Doc> docs() {
        return docs;
    }
}
