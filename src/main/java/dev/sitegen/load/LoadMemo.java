package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;

/**
 * What the previous build parsed of each connector's folder, each under the fingerprint of the files it
 * was read from ({@link FileFingerprints}), taken before they were read: its spec (reading and parsing
 * specs was about an eighth of a rebuild after a one-doc edit) and its {@code metadata.yaml}. A connector
 * whose files look exactly as they did is given what was parsed then; any other is read as a load without
 * the memo reads it, and what it read is remembered for the next build. The bytes ({@link #encode}) are a
 * compact format of our own ({@link CodecOut}: JSON or Java serialization of these records cost about as
 * much as parsing under C1), ending in a CRC-32 of what precedes it, so a truncated or damaged file is
 * refused whole. Thread-safe: connectors load on several workers.
 */
public final class LoadMemo {

    private static final String MAGIC = "site-gen load cache 1";

    /** A remembered read: the fingerprint of the files it came from and what was made of them. */
    record Entry<T>(String fingerprint, T result) {
    }

    /** Reads a connector's {@code metadata.yaml}: the file's text parsed, or an I/O error. */
    @FunctionalInterface
    interface MetadataRead {
        MetadataReader.Result read() throws IOException;
    }

    private final Map<String, Entry<SpecFiles.Result>> previousSpecs;
    private final Map<String, Entry<MetadataReader.Result>> previousMetadata;
    private final Map<String, Entry<SpecFiles.Result>> specs = new ConcurrentHashMap<>();
    private final Map<String, Entry<MetadataReader.Result>> metadata = new ConcurrentHashMap<>();
    private final AtomicInteger reusedSpecs = new AtomicInteger();
    private final AtomicInteger reusedMetadata = new AtomicInteger();
    private final boolean recording;
    /** The wall clock in nanoseconds, which files' times are compared with. */
    private final LongSupplier clock;

    private LoadMemo(Map<String, Entry<SpecFiles.Result>> specs, Map<String, Entry<MetadataReader.Result>> metadata,
                     boolean recording, LongSupplier clock) {
        this.previousSpecs = Map.copyOf(specs);
        this.previousMetadata = Map.copyOf(metadata);
        this.recording = recording;
        this.clock = clock;
    }

    private static long nowNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** Remembers nothing: every file is read (scoped checks, serve, tests). */
    public static LoadMemo none() {
        return new LoadMemo(Map.of(), Map.of(), false, LoadMemo::nowNanos);
    }

    /** Nothing to re-use (no cache, a forced build), but what is read is remembered for the next build. */
    public static LoadMemo empty() {
        return empty(LoadMemo::nowNanos);
    }

    /** An empty recording memo comparing files' times with {@code clock} (tests age files with it). */
    static LoadMemo empty(LongSupplier clock) {
        return new LoadMemo(Map.of(), Map.of(), true, clock);
    }

    /** The memo {@link #encode} wrote under {@code key}; an {@link IOException} says why it cannot be used. */
    public static LoadMemo decode(byte[] bytes, String key) throws IOException {
        return decode(bytes, key, LoadMemo::nowNanos);
    }

    static LoadMemo decode(byte[] bytes, String key, LongSupplier clock) throws IOException {
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
            Map<String, Entry<SpecFiles.Result>> specs = new HashMap<>();
            for (int i = in.data.readInt(); i > 0; i--) {
                specs.put(in.readString(), new Entry<>(in.readString(), SpecCodec.readResult(in)));
            }
            Map<String, Entry<MetadataReader.Result>> metadata = new HashMap<>();
            for (int i = in.data.readInt(); i > 0; i--) {
                metadata.put(in.readString(), new Entry<>(in.readString(), MetadataCodec.readResult(in)));
            }
            if (in.data.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return new LoadMemo(specs, metadata, true, clock);
        } catch (RuntimeException e) {
            // a damaged file that passed its checksum: a number out of range, an unknown name
            throw new IOException("does not parse: " + e, e);
        }
    }

    /** What this load read or re-used, for the next build; {@code key} names the generator and root. */
    public byte[] encode(String key) throws IOException {
        CodecOut out = new CodecOut();
        out.data.writeUTF(MAGIC);
        out.writeString(key);
        Map<String, Entry<SpecFiles.Result>> sortedSpecs = new TreeMap<>(specs);
        out.data.writeInt(sortedSpecs.size());
        for (Map.Entry<String, Entry<SpecFiles.Result>> e : sortedSpecs.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue().fingerprint());
            SpecCodec.writeResult(out, e.getValue().result());
        }
        Map<String, Entry<MetadataReader.Result>> sortedMetadata = new TreeMap<>(metadata);
        out.data.writeInt(sortedMetadata.size());
        for (Map.Entry<String, Entry<MetadataReader.Result>> e : sortedMetadata.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue().fingerprint());
            MetadataCodec.writeResult(out, e.getValue().result());
        }
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] all = java.util.Arrays.copyOf(body, body.length + 8);
        long sum = crc.getValue();
        for (int i = 0; i < 8; i++) {
            all[body.length + i] = (byte) (sum >>> (56 - 8 * i));
        }
        return all;
    }

    /** Whether this memo records what is read (every memo but {@link #none()}). */
    public boolean isRecording() {
        return recording;
    }

    /** Connectors whose spec was taken from the memo instead of read. */
    public int reusedSpecs() {
        return reusedSpecs.get();
    }

    /** Connectors whose metadata was taken from the memo instead of read. */
    public int reusedMetadata() {
        return reusedMetadata.get();
    }

    /** The connector's spec as {@link SpecFiles#readSpec} reads it now, re-used when its files are unchanged. */
    SpecFiles.Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        if (!recording) {
            return SpecFiles.readSpec(dir, connector, layout, gate);
        }
        Optional<String> fingerprint = FileFingerprints.describeSpecFiles(dir, gate, clock.getAsLong());
        Entry<SpecFiles.Result> before = previousSpecs.get(connector);
        if (fingerprint.isPresent() && before != null && before.fingerprint().equals(fingerprint.get())) {
            reusedSpecs.incrementAndGet();
            specs.put(connector, before);
            return before.result();
        }
        SpecFiles.Result read = SpecFiles.readSpec(dir, connector, layout, gate);
        fingerprint.ifPresent(f -> specs.put(connector, new Entry<>(f, read)));
        return read;
    }

    /** The connector's metadata as {@code read} reads it from the file the gate {@code admitted}, re-used when unchanged. */
    MetadataReader.Result readMetadata(String connector, InputGate.Verdict admitted, MetadataRead read)
            throws IOException {
        if (!recording) {
            return read.read();
        }
        Optional<String> fingerprint = FileFingerprints.describeFile(admitted, clock.getAsLong());
        Entry<MetadataReader.Result> before = previousMetadata.get(connector);
        if (fingerprint.isPresent() && before != null && before.fingerprint().equals(fingerprint.get())) {
            reusedMetadata.incrementAndGet();
            metadata.put(connector, before);
            return before.result();
        }
        MetadataReader.Result result = read.read();
        fingerprint.ifPresent(f -> metadata.put(connector, new Entry<>(f, result)));
        return result;
    }
}
