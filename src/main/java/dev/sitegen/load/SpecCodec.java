package dev.sitegen.load;

import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecConstraints;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import dev.sitegen.model.SpecStreams;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A connector's spec as {@link LoadMemo} keeps it ({@link SpecFiles.Result}): read back, it equals the
 * spec parsed (records compared whole), at a fraction of parsing's cost.
 */
final class SpecCodec {

    private SpecCodec() {
    }

    static void writeResult(CodecOut out, SpecFiles.Result r) throws IOException {
        out.data.writeBoolean(r.spec().isPresent());
        if (r.spec().isPresent()) {
            writeSpec(out, r.spec().get());
        }
        out.writeDiagnostics(r.diagnostics());
        out.writeStrings(r.read());
        out.writeStrings(r.expected());
    }

    static SpecFiles.Result readResult(CodecIn in) throws IOException {
        Optional<Spec> spec = in.data.readBoolean() ? Optional.of(readSpec(in)) : Optional.empty();
        return new SpecFiles.Result(spec, in.readDiagnostics(), in.readStrings(), in.readStrings());
    }

    private static void writeSpec(CodecOut out, Spec s) throws IOException {
        out.writeString(s.file());
        out.writePos(s.pos());
        writeFields(out, s.fields());
        writeOptions(out, s.options());
        out.data.writeBoolean(s.closed());
        out.writeEnum(s.streams().status());
        out.data.writeInt(s.streams().names().size());
        for (SpecStreams.SpecStream stream : s.streams().names()) {
            out.writeString(stream.name());
            out.writePos(stream.pos());
        }
    }

    private static Spec readSpec(CodecIn in) throws IOException {
        String file = in.readString();
        SourcePos pos = in.readPos();
        List<SpecField> fields = readFields(in);
        List<SpecOption> options = readOptions(in);
        boolean closed = in.data.readBoolean();
        SpecStreams.Status status = in.readEnum(SpecStreams.Status.class);
        int n = in.data.readInt();
        List<SpecStreams.SpecStream> names = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            names.add(new SpecStreams.SpecStream(in.readString(), in.readPos()));
        }
        return new Spec(file, pos, fields, options, closed, new SpecStreams(status, names));
    }

    private static void writeFields(CodecOut out, List<SpecField> fields) throws IOException {
        out.data.writeInt(fields.size());
        for (SpecField f : fields) {
            writeField(out, f);
        }
    }

    private static List<SpecField> readFields(CodecIn in) throws IOException {
        int n = in.data.readInt();
        List<SpecField> fields = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            fields.add(readField(in));
        }
        return fields;
    }

    private static void writeOptions(CodecOut out, List<SpecOption> options) throws IOException {
        out.data.writeInt(options.size());
        for (SpecOption o : options) {
            out.writeString(o.discriminator());
            out.writeString(o.value());
            out.writeString(o.title());
            writeFields(out, o.fields());
            out.data.writeBoolean(o.closed());
            out.writePos(o.pos());
        }
    }

    private static List<SpecOption> readOptions(CodecIn in) throws IOException {
        int n = in.data.readInt();
        List<SpecOption> options = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            options.add(new SpecOption(in.readString(), in.readString(), in.readString(), readFields(in),
                    in.data.readBoolean(), in.readPos()));
        }
        return options;
    }

    private static void writeField(CodecOut out, SpecField f) throws IOException {
        for (String s : Arrays.asList(f.path(), f.name(), f.title(), f.description(), f.type())) {
            out.writeString(s);
        }
        out.data.writeBoolean(f.required());
        out.data.writeBoolean(f.secret());
        out.writeOptional(f.defaultValue());
        out.writeStrings(f.enumValues());
        out.writeOptional(f.constValue());
        out.writeStrings(f.examples());
        out.writeOptional(f.pattern());
        out.data.writeBoolean(f.order().isPresent());
        out.data.writeInt(f.order().orElse(0));
        out.writeOptional(f.group());
        out.data.writeBoolean(f.hidden());
        SpecConstraints c = f.constraints();
        for (Optional<BigDecimal> bound : Arrays.asList(c.minimum(), c.maximum(), c.minLength(), c.maxLength())) {
            out.writeOptional(bound.map(BigDecimal::toString));
        }
        out.data.writeBoolean(c.closed());
        writeOptions(out, f.options());
        writeFields(out, f.properties());
        out.data.writeBoolean(f.items().isPresent());
        if (f.items().isPresent()) {
            writeField(out, f.items().get());
        }
        out.writePos(f.pos());
    }

    private static SpecField readField(CodecIn in) throws IOException {
        String path = in.readString();
        String name = in.readString();
        String title = in.readString();
        String description = in.readString();
        String type = in.readString();
        boolean required = in.data.readBoolean();
        boolean secret = in.data.readBoolean();
        Optional<String> defaultValue = in.readOptional();
        List<String> enumValues = in.readStrings();
        Optional<String> constValue = in.readOptional();
        List<String> examples = in.readStrings();
        Optional<String> pattern = in.readOptional();
        boolean hasOrder = in.data.readBoolean();
        int order = in.data.readInt();
        Optional<String> group = in.readOptional();
        boolean hidden = in.data.readBoolean();
        Optional<BigDecimal> minimum = readNumber(in);
        Optional<BigDecimal> maximum = readNumber(in);
        Optional<BigDecimal> minLength = readNumber(in);
        Optional<BigDecimal> maxLength = readNumber(in);
        SpecConstraints constraints = new SpecConstraints(minimum, maximum, minLength, maxLength, in.data.readBoolean());
        List<SpecOption> options = readOptions(in);
        List<SpecField> properties = readFields(in);
        Optional<SpecField> items = in.data.readBoolean() ? Optional.of(readField(in)) : Optional.empty();
        return new SpecField(path, name, title, description, type, required, secret, defaultValue, enumValues,
                constValue, examples, pattern, hasOrder ? Optional.of(order) : Optional.empty(), group, hidden,
                constraints, options, properties, items, in.readPos());
    }

    /** A bound as written by {@link BigDecimal#toString}, which reads back to an equal value (scale included). */
    private static Optional<BigDecimal> readNumber(CodecIn in) throws IOException {
        return in.readOptional().map(BigDecimal::new);
    }
}
