package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecConstraints;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import dev.sitegen.model.SpecStreams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The bytes of {@link SpecMemo}'s entries: a spec read back equals the spec parsed (records compared
 * whole), at a fraction of parsing's cost. A compact format of our own rather than JSON or Java
 * serialization (records with {@code Optional}s are not serializable, and both are slow under C1). Every
 * string is written once and then referred to by number (a spec's file name is in every position). The
 * file ends with a CRC-32 of what precedes it, so a truncated or damaged file is refused whole.
 */
final class SpecCodec {

    private static final String MAGIC = "site-gen spec cache 1";

    private SpecCodec() {
    }

    static byte[] encode(String key, Map<String, SpecMemo.Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (Writer out = new Writer(new DataOutputStream(bytes))) {
            out.data.writeUTF(MAGIC);
            out.writeString(key);
            out.data.writeInt(entries.size());
            for (Map.Entry<String, SpecMemo.Entry> e : entries.entrySet()) {
                out.writeString(e.getKey());
                out.writeString(e.getValue().fingerprint());
                out.writeResult(e.getValue().result());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        long sum = crc.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes.write((int) (sum >>> shift));
        }
        return bytes.toByteArray();
    }

    /** The entries of {@code bytes} written under {@code key}; an {@link IOException} says why not. */
    static Map<String, SpecMemo.Entry> decode(byte[] bytes, String key) throws IOException {
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
        Reader in = new Reader(new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8)));
        try {
            if (!MAGIC.equals(in.data.readUTF())) {
                throw new IOException("another format");
            }
            if (!key.equals(in.readString())) {
                throw new IOException("written by another generator or for another root");
            }
            int n = in.data.readInt();
            Map<String, SpecMemo.Entry> entries = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String dir = in.readString();
                entries.put(dir, new SpecMemo.Entry(in.readString(), in.readResult()));
            }
            if (in.data.available() != 0) {
                throw new IOException("trailing bytes");
            }
            return entries;
        } catch (RuntimeException e) {
            // a damaged file that passed its checksum: an index out of range, an unknown enum
            throw new IOException("does not parse: " + e, e);
        }
    }

    private static final class Writer implements AutoCloseable {

        private final DataOutputStream data;
        private final Map<String, Integer> seen = new HashMap<>();

        Writer(DataOutputStream data) {
            this.data = data;
        }

        /** A string's number when written before, else -2 and its UTF-8 bytes; -1 is null. */
        void writeString(String s) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            Integer known = seen.get(s);
            if (known != null) {
                data.writeInt(known);
                return;
            }
            seen.put(s, seen.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(-2);
            data.writeInt(utf8.length);
            data.write(utf8);
        }

        void writeOptional(Optional<String> s) throws IOException {
            writeString(s.orElse(null));
        }

        void writeStrings(List<String> list) throws IOException {
            data.writeInt(list.size());
            for (String s : list) {
                writeString(s);
            }
        }

        void writePos(SourcePos pos) throws IOException {
            writeString(pos.file());
            data.writeInt(pos.line());
            data.writeInt(pos.column());
        }

        void writeResult(SpecFiles.Result r) throws IOException {
            data.writeBoolean(r.spec().isPresent());
            if (r.spec().isPresent()) {
                writeSpec(r.spec().get());
            }
            data.writeInt(r.diagnostics().size());
            for (Diagnostic d : r.diagnostics()) {
                writeString(d.rule());
                data.writeByte(d.severity().ordinal());
                writeString(d.connector());
                writePos(d.pos());
                writeString(d.message());
                writeString(d.hint());
            }
            writeStrings(r.read());
            writeStrings(r.expected());
        }

        void writeSpec(Spec s) throws IOException {
            writeString(s.file());
            writePos(s.pos());
            writeFields(s.fields());
            writeOptions(s.options());
            data.writeBoolean(s.closed());
            data.writeByte(s.streams().status().ordinal());
            data.writeInt(s.streams().names().size());
            for (SpecStreams.SpecStream stream : s.streams().names()) {
                writeString(stream.name());
                writePos(stream.pos());
            }
        }

        void writeFields(List<SpecField> fields) throws IOException {
            data.writeInt(fields.size());
            for (SpecField f : fields) {
                writeField(f);
            }
        }

        void writeOptions(List<SpecOption> options) throws IOException {
            data.writeInt(options.size());
            for (SpecOption o : options) {
                writeString(o.discriminator());
                writeString(o.value());
                writeString(o.title());
                writeFields(o.fields());
                data.writeBoolean(o.closed());
                writePos(o.pos());
            }
        }

        void writeField(SpecField f) throws IOException {
            for (String s : Arrays.asList(f.path(), f.name(), f.title(), f.description(), f.type())) {
                writeString(s);
            }
            data.writeBoolean(f.required());
            data.writeBoolean(f.secret());
            writeOptional(f.defaultValue());
            writeStrings(f.enumValues());
            writeOptional(f.constValue());
            writeStrings(f.examples());
            writeOptional(f.pattern());
            data.writeBoolean(f.order().isPresent());
            data.writeInt(f.order().orElse(0));
            writeOptional(f.group());
            data.writeBoolean(f.hidden());
            SpecConstraints c = f.constraints();
            for (Optional<BigDecimal> bound : Arrays.asList(c.minimum(), c.maximum(), c.minLength(), c.maxLength())) {
                writeOptional(bound.map(BigDecimal::toString));
            }
            data.writeBoolean(c.closed());
            writeOptions(f.options());
            writeFields(f.properties());
            data.writeBoolean(f.items().isPresent());
            if (f.items().isPresent()) {
                writeField(f.items().get());
            }
            writePos(f.pos());
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }

    private static final class Reader {

        private final DataInputStream data;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream data) {
            this.data = data;
        }

        String readString() throws IOException {
            int ref = data.readInt();
            if (ref == -1) {
                return null;
            }
            if (ref != -2) {
                return strings.get(ref);
            }
            byte[] utf8 = new byte[data.readInt()];
            data.readFully(utf8);
            String s = new String(utf8, StandardCharsets.UTF_8);
            strings.add(s);
            return s;
        }

        Optional<String> readOptional() throws IOException {
            return Optional.ofNullable(readString());
        }

        List<String> readStrings() throws IOException {
            int n = data.readInt();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(readString());
            }
            return list;
        }

        SourcePos readPos() throws IOException {
            return new SourcePos(readString(), data.readInt(), data.readInt());
        }

        SpecFiles.Result readResult() throws IOException {
            Optional<Spec> spec = data.readBoolean() ? Optional.of(readSpec()) : Optional.empty();
            int n = data.readInt();
            List<Diagnostic> diagnostics = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                diagnostics.add(new Diagnostic(readString(), Severity.values()[data.readByte()], readString(), readPos(),
                        readString(), readString()));
            }
            return new SpecFiles.Result(spec, diagnostics, readStrings(), readStrings());
        }

        Spec readSpec() throws IOException {
            String file = readString();
            SourcePos pos = readPos();
            List<SpecField> fields = readFields();
            List<SpecOption> options = readOptions();
            boolean closed = data.readBoolean();
            SpecStreams.Status status = SpecStreams.Status.values()[data.readByte()];
            int n = data.readInt();
            List<SpecStreams.SpecStream> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(new SpecStreams.SpecStream(readString(), readPos()));
            }
            return new Spec(file, pos, fields, options, closed, new SpecStreams(status, names));
        }

        List<SpecField> readFields() throws IOException {
            int n = data.readInt();
            List<SpecField> fields = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                fields.add(readField());
            }
            return fields;
        }

        List<SpecOption> readOptions() throws IOException {
            int n = data.readInt();
            List<SpecOption> options = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                options.add(new SpecOption(readString(), readString(), readString(), readFields(), data.readBoolean(),
                        readPos()));
            }
            return options;
        }

        SpecField readField() throws IOException {
            String path = readString();
            String name = readString();
            String title = readString();
            String description = readString();
            String type = readString();
            boolean required = data.readBoolean();
            boolean secret = data.readBoolean();
            Optional<String> defaultValue = readOptional();
            List<String> enumValues = readStrings();
            Optional<String> constValue = readOptional();
            List<String> examples = readStrings();
            Optional<String> pattern = readOptional();
            boolean hasOrder = data.readBoolean();
            int order = data.readInt();
            Optional<String> group = readOptional();
            boolean hidden = data.readBoolean();
            Function<Optional<String>, Optional<BigDecimal>> number = s -> s.map(BigDecimal::new);
            SpecConstraints constraints = new SpecConstraints(number.apply(readOptional()),
                    number.apply(readOptional()), number.apply(readOptional()), number.apply(readOptional()),
                    data.readBoolean());
            List<SpecOption> options = readOptions();
            List<SpecField> properties = readFields();
            Optional<SpecField> items = data.readBoolean() ? Optional.of(readField()) : Optional.empty();
            return new SpecField(path, name, title, description, type, required, secret, defaultValue, enumValues,
                    constValue, examples, pattern, hasOrder ? Optional.of(order) : Optional.empty(), group, hidden,
                    constraints, options, properties, items, readPos());
        }
    }
}
