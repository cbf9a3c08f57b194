package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of a {@link LoadMemo} as the load cache file holds them: a magic line, the key naming the
 * generator and root, the four tables of entries (specs, metadata, limits verdicts, changelog tables; each sorted,
 * so the same memo gives the same bytes), and the caches' CRC-32 trailer ({@link CodecOut#writeChecksum}). Apart
 * from the memo so that the memo owns re-use and this class alone owns the file's framing; a truncated, damaged or
 * foreign file is refused whole ({@link CodecIn#decodeChecked}).
 */
final class LoadCacheFormat {

    /** Bumped whenever the bytes change: 4 is the shared codec's (string markers, 4-byte checksum). */
    private static final String MAGIC = "site-gen load cache 4\n";

    /** The four tables a cache file holds, by connector (specs, metadata) or doc file (limits, changelogs). */
    record Tables(Map<String, MemoEntry> specs, Map<String, MemoEntry> metadata,
                  Map<String, MemoEntry> limits, Map<String, MemoEntry> changelogs) {
    }

    private LoadCacheFormat() {
    }

    /** The tables {@link #encodeTables} wrote under {@code key}; an {@link IOException} says why they cannot be used. */
    static Tables decodeTables(byte[] bytes, String key) throws IOException {
        return CodecIn.decodeChecked(bytes, in -> {
            in.requireMagic(MAGIC);
            if (!key.equals(in.readString())) {
                throw new IOException("written by another generator or for another root");
            }
            return new Tables(readEntries(in), readEntries(in), readEntries(in), readEntries(in));
        });
    }

    private static Map<String, MemoEntry> readEntries(CodecIn in) throws IOException {
        Map<String, MemoEntry> entries = new HashMap<>();
        for (int i = in.readCount(); i > 0; i--) {
            String dir = in.readString();
            String fingerprint = in.readString();
            if (dir == null || fingerprint == null) {
                throw new IOException("an entry without a name or fingerprint");
            }
            byte[] value = in.readBytes();
            entries.put(dir, new MemoEntry(fingerprint, value));
        }
        return entries;
    }

    /** The file's bytes for {@code tables} under {@code key}, checksum last. */
    static byte[] encodeTables(String key, Tables tables) throws IOException {
        CodecOut out = new CodecOut();
        out.writeMagic(MAGIC);
        out.writeString(key);
        writeEntries(out, tables.specs());
        writeEntries(out, tables.metadata());
        writeEntries(out, tables.limits());
        writeEntries(out, tables.changelogs());
        out.writeChecksum();
        return out.toByteArray();
    }

    private static void writeEntries(CodecOut out, Map<String, MemoEntry> entries) throws IOException {
        Map<String, MemoEntry> sorted = new TreeMap<>(entries);
        out.writeInt(sorted.size());
        for (Map.Entry<String, MemoEntry> e : sorted.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue().fingerprint());
            out.writeBytes(e.getValue().bytes());
        }
    }
}
