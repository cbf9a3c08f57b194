package dev.sitegen.publish;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import dev.sitegen.render.RenderMemo;
import dev.sitegen.render.RenderMemoCodec;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The render cache file's format: a compact binary one (Jackson's reading of the JSON it was cost 0.3-0.5 s of
 * every build after an edit on the shared corpus), in the caches' one codec ({@code dev.sitegen.codec}). A header
 * (magic, format, key, counts), the memo ({@link RenderMemoCodec}), and the codec's CRC-32 trailer, so a
 * truncated or damaged file is refused as a whole. Written streaming (the memo is never held twice in memory).
 * Reading gives back equal values ({@code RenderCacheCodecTest}).
 */
final class RenderCacheCodec {

    private static final String MAGIC = "site-gen render cache\n";

    private RenderCacheCodec() {
    }

    static void write(OutputStream target, RenderCacheFile.Stored stored) throws IOException {
        CodecOut out = new CodecOut(target);
        out.writeMagic(MAGIC);
        out.writeInt(stored.format());
        out.writeString(stored.key());
        out.writeInt(stored.renderedPages());
        out.writeInt(stored.reusedPages());
        RenderMemoCodec.writeMemo(out, stored.memo());
        out.writeChecksum();
    }

    /** Reads a whole file written by {@link #write}; damage of any kind is an {@link IOException}. */
    static RenderCacheFile.Stored read(byte[] file) throws IOException {
        return CodecIn.decodeChecked(file, in -> {
            in.requireMagic(MAGIC);
            int format = in.readInt();
            if (format != RenderCacheFile.FORMAT) {
                // another version's file: what follows its header may be laid out otherwise, so it is not read
                throw new IOException("format " + format + ", not " + RenderCacheFile.FORMAT);
            }
            String key = in.readString();
            if (key == null) {
                throw new IOException("a cache without a key");
            }
            int rendered = in.readInt();
            int reused = in.readInt();
            return new RenderCacheFile.Stored(format, key, rendered, reused, RenderMemoCodec.readMemo(in));
        });
    }
}
