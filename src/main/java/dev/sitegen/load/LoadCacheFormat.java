package dev.sitegen.load;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The bytes of a {@link LoadMemo} as the load cache file holds them: a magic line, the key naming the
 * generator and root, the four tables of entries (specs, metadata, limits verdicts, changelog tables; each sorted, so the
 * same memo gives the same bytes), and a CRC-32 of all that precedes it. Apart from the memo so that the
 * memo owns re-use and this class alone owns the file's framing and its refusal of a truncated, damaged or
 * foreign file, which is refused whole.
 */
final class LoadCacheFormat {

    private static final String MAGIC = "site-gen load cache 3";

    /** The four tables a cache file holds, by connector (specs, metadata) or doc file (limits, changelogs). */
    record Tables(Map<String, LoadMemo.Entry> specs, Map<String, LoadMemo.Entry> metadata,
                  Map<String, LoadMemo.Entry> limits, Map<String, LoadMemo.Entry> changelogs) {
    }

    private LoadCacheFormat() {
    }

    /** The tables {@link #encodeTables} wrote under {@code key}; an {@link IOException} says why they cannot be used. */
    static Tables decodeTables(byte[] bytes, String key) throws IOException {
        if (bytes.length < 8) {
            throw new IOException("truncated");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) {
            stored = stored << 8 | (bytes[i] & 0xff);
        }
        if (stored != crc.getValue()) {
            throw new IOException("checksum mismatch (truncated or edited)");
        }
        CodecIn in = new CodecIn(bytes, bytes.length - 8);
        try {
            if (!MAGIC.equals(in.data.readUTF())) {
                throw new IOException("another format");
            }
            if (!key.equals(in.readString())) {
                throw new IOException("written by another generator or for another root");
            }
            Map<String, LoadMemo.Entry> specs = readEntries(in);
            Map<String, LoadMemo.Entry> metadata = readEntries(in);
            Map<String, LoadMemo.Entry> limits = readEntries(in);
            Map<String, LoadMemo.Entry> changelogs = readEntries(in);
            if (in.data.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return new Tables(specs, metadata, limits, changelogs);
        } catch (RuntimeException e) {
            // a damaged file that passed its checksum: a number out of range
            throw new IOException("does not parse: " + e, e);
        }
    }

    private static Map<String, LoadMemo.Entry> readEntries(CodecIn in) throws IOException {
        Map<String, LoadMemo.Entry> entries = new HashMap<>();
        for (int i = in.data.readInt(); i > 0; i--) {
            String dir = in.readString();
            String fingerprint = in.readString();
            if (dir == null || fingerprint == null) {
                throw new IOException("an entry without a name or fingerprint");
            }
            byte[] value = in.readBytes();
            entries.put(dir, new LoadMemo.Entry(fingerprint, value));
        }
        return entries;
    }

    /** The file's bytes for {@code tables} under {@code key}, checksum last. */
    static byte[] encodeTables(String key, Tables tables) throws IOException {
        CodecOut out = new CodecOut();
        out.data.writeUTF(MAGIC);
        out.writeString(key);
        writeEntries(out, tables.specs());
        writeEntries(out, tables.metadata());
        writeEntries(out, tables.limits());
        writeEntries(out, tables.changelogs());
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] all = Arrays.copyOf(body, body.length + 8);
        long sum = crc.getValue();
        for (int i = 0; i < 8; i++) {
            all[body.length + i] = (byte) (sum >>> (56 - 8 * i));
        }
        return all;
    }

    private static void writeEntries(CodecOut out, Map<String, LoadMemo.Entry> entries) throws IOException {
        Map<String, LoadMemo.Entry> sorted = new TreeMap<>(entries);
        out.data.writeInt(sorted.size());
        for (Map.Entry<String, LoadMemo.Entry> e : sorted.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue().fingerprint());
            out.data.writeInt(e.getValue().bytes().length);
            out.data.write(e.getValue().bytes());
        }
    }
}
