package dev.sitegen.publish;

import dev.sitegen.render.RenderMemo;
import dev.sitegen.render.RenderMemoCodec;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The render cache file's format: a compact binary one (Jackson's reading of the JSON it was cost 0.3-0.5 s of
 * every build after an edit on the shared corpus). A header (magic, format, key, counts), the memo
 * ({@link RenderMemoCodec}), and a CRC-32 of everything before it, so a truncated or damaged file is refused as
 * a whole. Reading gives back equal values ({@code RenderCacheCodecTest}).
 */
final class RenderCacheCodec {

    private static final byte[] MAGIC = "site-gen render cache\n".getBytes(StandardCharsets.US_ASCII);

    private RenderCacheCodec() {
    }

    static void write(OutputStream target, RenderCacheFile.Stored stored) throws IOException {
        CheckedOutputStream checked = new CheckedOutputStream(target, new CRC32());
        DataOutputStream data = new DataOutputStream(checked);
        data.write(MAGIC);
        data.writeInt(stored.format());
        byte[] key = stored.key().getBytes(StandardCharsets.UTF_8);
        data.writeInt(key.length);
        data.write(key);
        data.writeInt(stored.renderedPages());
        data.writeInt(stored.reusedPages());
        RenderMemoCodec.writeMemo(data, stored.memo());
        data.flush();
        new DataOutputStream(target).writeInt((int) checked.getChecksum().getValue());
    }

    /** Reads a whole file written by {@link #write}; damage of any kind is an {@link IOException}. */
    static RenderCacheFile.Stored read(byte[] file) throws IOException {
        if (file.length < MAGIC.length + 4) {
            throw new IOException("truncated");
        }
        int end = file.length - 4;
        CRC32 crc = new CRC32();
        crc.update(file, 0, end);
        int stored = ((file[end] & 0xff) << 24) | ((file[end + 1] & 0xff) << 16) | ((file[end + 2] & 0xff) << 8)
                | (file[end + 3] & 0xff);
        if ((int) crc.getValue() != stored) {
            throw new IOException("damaged or truncated (its checksum does not match)");
        }
        ByteArrayInputStream bytes = new ByteArrayInputStream(file, 0, end);
        DataInputStream in = new DataInputStream(bytes);
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a render cache");
        }
        int format = in.readInt();
        int keyLength = in.readInt();
        if (keyLength < 0 || keyLength > bytes.available()) {
            throw new IOException("a key the file cannot hold");
        }
        byte[] key = new byte[keyLength];
        in.readFully(key);
        int rendered = in.readInt();
        int reused = in.readInt();
        RenderMemo memo = RenderMemoCodec.readMemo(file, end - bytes.available(), end);
        return new RenderCacheFile.Stored(format, new String(key, StandardCharsets.UTF_8), rendered, reused, memo);
    }
}
