package dev.sitegen.codec;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The writing half of the caches' format ({@link CodecIn} reads it): big-endian numbers, length-prefixed bytes,
 * and strings each written in full once and then referred to by number (a file's name is in every position of a
 * cache). Writes to bytes ({@link #CodecOut()}) or streams to an {@link OutputStream} (a large cache is never
 * held twice in memory); either way a CRC-32 of everything written is kept, for {@link #writeChecksum}.
 */
public final class CodecOut {

    /** A string written before is its number (0 and up); these two mark the others. */
    static final int NULL = -1;
    static final int NEW = -2;

    private final ByteArrayOutputStream buffer;
    private final OutputStream target;
    private final CheckedOutputStream checked;
    /**
     * Bytes not yet passed to the checksum: unbuffered, each number's every byte was a CRC update and a synchronized
     * write of its own (a fifth of writing the render cache). Every read of the checksum or the bytes flushes first.
     */
    private final byte[] pending = new byte[8192];
    private int used;
    private final Map<String, Integer> seen = new HashMap<>();

    /** Writes to bytes ({@link #toByteArray}). */
    public CodecOut() {
        this(new ByteArrayOutputStream(1 << 16));
    }

    private CodecOut(ByteArrayOutputStream buffer) {
        this(buffer, buffer);
    }

    /** Streams to {@code target}, which the caller buffers and closes. */
    public CodecOut(OutputStream target) {
        this(null, target);
    }

    private CodecOut(ByteArrayOutputStream buffer, OutputStream target) {
        this.buffer = buffer;
        this.target = target;
        this.checked = new CheckedOutputStream(target, new CRC32());
    }

    /** What was written, when writing to bytes. */
    public byte[] toByteArray() throws IOException {
        if (buffer == null) {
            throw new IllegalStateException("a streaming CodecOut has no bytes of its own");
        }
        flushPending();
        return buffer.toByteArray();
    }

    /** The CRC-32 of everything written so far, as 4 trailing bytes ({@link CodecIn#openChecked} verifies it). */
    public void writeChecksum() throws IOException {
        flushPending();
        new DataOutputStream(target).writeInt((int) checked.getChecksum().getValue());
        target.flush();
    }

    /** A format's name in plain ASCII, so a foreign file is told apart before anything else is read. */
    public void writeMagic(String magic) throws IOException {
        writeRaw(magic.getBytes(StandardCharsets.US_ASCII));
    }

    public void writeInt(int value) throws IOException {
        if (pending.length - used < 4) {
            flushPending();
        }
        pending[used] = (byte) (value >>> 24);
        pending[used + 1] = (byte) (value >>> 16);
        pending[used + 2] = (byte) (value >>> 8);
        pending[used + 3] = (byte) value;
        used += 4;
    }

    public void writeByte(int value) throws IOException {
        if (used == pending.length) {
            flushPending();
        }
        pending[used++] = (byte) value;
    }

    public void writeBoolean(boolean value) throws IOException {
        writeByte(value ? 1 : 0);
    }

    /** A length, then the bytes. */
    public void writeBytes(byte[] bytes) throws IOException {
        writeInt(bytes.length);
        writeRaw(bytes);
    }

    private void writeRaw(byte[] bytes) throws IOException {
        if (bytes.length > pending.length - used) {
            flushPending();
        }
        if (bytes.length > pending.length) {
            checked.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, pending, used, bytes.length);
        used += bytes.length;
    }

    private void flushPending() throws IOException {
        checked.write(pending, 0, used);
        used = 0;
    }

    /** A string's number when written before, else {@link #NEW} and its UTF-8 bytes; {@link #NULL} is null. */
    public void writeString(String s) throws IOException {
        if (s == null) {
            writeInt(NULL);
            return;
        }
        Integer known = seen.get(s);
        if (known != null) {
            writeInt(known);
            return;
        }
        seen.put(s, seen.size());
        writeInt(NEW);
        writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    public void writeOptional(Optional<String> s) throws IOException {
        writeString(s.orElse(null));
    }

    public void writeStrings(List<String> list) throws IOException {
        writeInt(list.size());
        for (String s : list) {
            writeString(s);
        }
    }

    /** An enum constant by name (null allowed), so reordering constants never misreads a file. */
    public void writeEnum(Enum<?> e) throws IOException {
        writeString(e == null ? null : e.name());
    }
}
