package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How {@link LoadMemo} turns each kind of value it remembers into an entry's bytes and back: one codec per kind
 * (specs, metadata, limits verdicts, changelog tables), and the re-use of an entry whose fingerprint matches.
 * Apart from the memo, which owns what is looked up when; an entry that does not decode is never an error, only
 * files read again.
 */
final class LoadMemoCodecs {

    private LoadMemoCodecs() {
    }

    /** Writes or reads one kind of value. */
    interface Codec<T> {
        void write(CodecOut out, T value) throws IOException;

        T read(CodecIn in) throws IOException;

        /** A value this codec read before ({@link MemoEntry#findDecoded}): each table has one codec. */
        @SuppressWarnings("unchecked")
        default T cast(Object decoded) {
            return (T) decoded;
        }
    }

    static final Codec<SpecFiles.Result> SPECS = new Codec<>() {
        public void write(CodecOut out, SpecFiles.Result value) throws IOException {
            SpecCodec.writeResult(out, value);
        }

        public SpecFiles.Result read(CodecIn in) throws IOException {
            return SpecCodec.readResult(in);
        }
    };

    static final Codec<MetadataReader.Result> METADATA = new Codec<>() {
        public void write(CodecOut out, MetadataReader.Result value) throws IOException {
            MetadataCodec.writeResult(out, value);
        }

        public MetadataReader.Result read(CodecIn in) throws IOException {
            return MetadataCodec.readResult(in);
        }
    };

    static final Codec<List<Diagnostic>> LIMITS = new Codec<>() {
        public void write(CodecOut out, List<Diagnostic> value) throws IOException {
            ModelCodec.writeDiagnostics(out, value);
        }

        public List<Diagnostic> read(CodecIn in) throws IOException {
            return ModelCodec.readDiagnostics(in);
        }
    };

    static final Codec<List<Changelog>> CHANGELOGS = new Codec<>() {
        public void write(CodecOut out, List<Changelog> value) throws IOException {
            ChangelogCodec.writeChangelogs(out, value);
        }

        public List<Changelog> read(CodecIn in) throws IOException {
            return ChangelogCodec.readChangelogs(in);
        }
    };

    /**
     * The value kept for {@code connector} when its fingerprint is {@code fingerprint}, carried over to
     * {@code next}; empty when there is none, or it does not decode (then the file is read).
     */
    static <T> Optional<T> findKept(Map<String, MemoEntry> previous, Map<String, MemoEntry> next,
                                     String connector,
                                     Optional<String> fingerprint, Codec<T> codec) {
        MemoEntry before = previous.get(connector);
        if (fingerprint.isEmpty() || before == null || !before.fingerprint().equals(fingerprint.get())) {
            return Optional.empty();
        }
        Optional<Object> known = before.findDecoded();
        if (known.isPresent()) {
            next.put(connector, before);
            return Optional.of(codec.cast(known.get()));
        }
        CodecIn in = new CodecIn(before.bytes());
        try {
            T value = codec.read(in);
            if (in.left() != 0) {
                return Optional.empty();
            }
            before.keepDecoded(value);
            next.put(connector, before);
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            // bytes that passed the file's checksum but do not read: read the files instead
            return Optional.empty();
        }
    }

    static <T> void keep(Map<String, MemoEntry> next, String connector, Optional<String> fingerprint, T value,
                         Codec<T> codec) {
        if (fingerprint.isEmpty()) {
            return;
        }
        CodecOut out = new CodecOut();
        try {
            codec.write(out, value);
            next.put(connector, new MemoEntry(fingerprint.get(), out.toByteArray()));
        } catch (IOException e) {
            // an in-memory stream does not fail; if it did, the connector is simply read next time
        }
    }
}
