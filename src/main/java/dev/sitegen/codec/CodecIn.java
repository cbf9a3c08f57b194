package dev.sitegen.codec;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The reading half of the caches' format ({@link CodecOut}). Every length and count is checked against the bytes
 * left and every string number against the strings read, so damage (a file that passed its checksum can still be
 * made by hand) is an {@link IOException} saying what, never an allocation of a damaged size.
 */
public final class CodecIn {

    private final ByteArrayInputStream bytes;
    private final DataInputStream data;
    private final List<String> strings = new ArrayList<>();

    /** Reads {@code file}'s bytes {@code from} (inclusive) to {@code to} (exclusive). */
    public CodecIn(byte[] file, int from, int to) {
        this.bytes = new ByteArrayInputStream(file, from, to - from);
        this.data = new DataInputStream(bytes);
    }

    /** Reads all of {@code bytes}. */
    public CodecIn(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /**
     * Reads the whole file {@code decoder} makes a value of, after verifying the CRC-32 trailer
     * {@link CodecOut#writeChecksum} wrote: a truncated, edited or damaged file, one with bytes after what the
     * decoder reads, or one whose values fail their own checks is refused whole, as an {@link IOException}.
     */
    public static <T> T decodeChecked(byte[] file, Decoder<T> decoder) throws IOException {
        if (file.length < 4) {
            throw new IOException("truncated");
        }
        int end = file.length - 4;
        CRC32 crc = new CRC32();
        crc.update(file, 0, end);
        int stored = (file[end] & 0xff) << 24 | (file[end + 1] & 0xff) << 16 | (file[end + 2] & 0xff) << 8
                | file[end + 3] & 0xff;
        if ((int) crc.getValue() != stored) {
            throw new IOException("checksum mismatch (truncated or edited)");
        }
        CodecIn in = new CodecIn(file, 0, end);
        try {
            T value = decoder.decode(in);
            in.requireEnd();
            return value;
        } catch (RuntimeException e) {
            // a damaged file that passed its checksum: a number out of range, a value failing its own checks
            throw new IOException("does not parse: " + e, e);
        }
    }

    /** The bytes not read yet. */
    public int left() {
        return bytes.available();
    }

    /** Nothing left to read, or the bytes are not what they claim to be. */
    public void requireEnd() throws IOException {
        if (left() != 0) {
            throw new IOException(left() + " bytes after the end");
        }
    }

    /** The format's name {@link CodecOut#writeMagic} wrote, or the file is of another format. */
    public void requireMagic(String magic) throws IOException {
        byte[] expected = magic.getBytes(StandardCharsets.US_ASCII);
        byte[] found = new byte[Math.min(expected.length, left())];
        data.readFully(found);
        if (!Arrays.equals(found, expected)) {
            throw new IOException("another format (not " + magic.strip() + ")");
        }
    }

    public int readInt() throws IOException {
        return data.readInt();
    }

    public byte readByte() throws IOException {
        return data.readByte();
    }

    public int readUnsignedByte() throws IOException {
        return data.readUnsignedByte();
    }

    public boolean readBoolean() throws IOException {
        return data.readBoolean();
    }

    /** A count of items, each at least one byte: a negative one, or more than the bytes left, is damage. */
    public int readCount() throws IOException {
        int n = data.readInt();
        if (n < 0 || n > left()) {
            throw new IOException("a count of " + n + " with " + left() + " bytes left");
        }
        return n;
    }

    /** A length-prefixed byte array ({@link CodecOut#writeBytes}). */
    public byte[] readBytes() throws IOException {
        int length = data.readInt();
        if (length < 0 || length > left()) {
            throw new IOException("a length of " + length + " with " + left() + " bytes left");
        }
        byte[] read = new byte[length];
        data.readFully(read);
        return read;
    }

    public String readString() throws IOException {
        int ref = data.readInt();
        if (ref == CodecOut.NULL) {
            return null;
        }
        if (ref >= 0) {
            if (ref >= strings.size()) {
                throw new IOException("a string not written before: " + ref);
            }
            return strings.get(ref);
        }
        if (ref != CodecOut.NEW) {
            throw new IOException("a string of an unknown kind: " + ref);
        }
        String s = new String(readBytes(), StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }

    public Optional<String> readOptional() throws IOException {
        return Optional.ofNullable(readString());
    }

    public List<String> readStrings() throws IOException {
        int n = readCount();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readString());
        }
        return list;
    }

    /** A constant by name ({@link CodecOut#writeEnum}); a name {@code type} does not have is damage. */
    public <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
        String name = readString();
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + type.getSimpleName() + " named " + name, e);
        }
    }
}
