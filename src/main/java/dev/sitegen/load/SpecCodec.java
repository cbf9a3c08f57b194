package dev.sitegen.load;

import dev.sitegen.codec.CodecIn;
import dev.sitegen.codec.CodecOut;
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
        out.writeBoolean(r.spec().isPresent());
        if (r.spec().isPresent()) {
            writeSpec(out, r.spec().get());
        }
        ModelCodec.writeDiagnostics(out, r.diagnostics());
        out.writeStrings(r.read());
        out.writeStrings(r.expected());
    }

    static SpecFiles.Result readResult(CodecIn in) throws IOException {
        Optional<Spec> spec = in.readBoolean() ? Optional.of(readSpec(in)) : Optional.empty();
        return new SpecFiles.Result(spec, ModelCodec.readDiagnostics(in), in.readStrings(), in.readStrings());
    }

    private static void writeSpec(CodecOut out, Spec s) throws IOException {
        out.writeString(s.file());
        ModelCodec.writePos(out, s.pos());
        writeFields(out, s.fields());
        writeOptions(out, s.options());
        out.writeBoolean(s.closed());
        out.writeEnum(s.streams().status());
        out.writeInt(s.streams().names().size());
        for (SpecStreams.SpecStream stream : s.streams().names()) {
            out.writeString(stream.name());
            ModelCodec.writePos(out, stream.pos());
        }
    }

    private static Spec readSpec(CodecIn in) throws IOException {
        String file = in.readString();
        SourcePos pos = ModelCodec.readPos(in);
        List<SpecField> fields = readFields(in);
        List<SpecOption> options = readOptions(in);
        boolean closed = in.readBoolean();
        SpecStreams.Status status = in.readEnum(SpecStreams.Status.class);
        int n = in.readCount();
        List<SpecStreams.SpecStream> names = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            names.add(new SpecStreams.SpecStream(in.readString(), ModelCodec.readPos(in)));
        }
        return new Spec(file, pos, fields, options, closed, new SpecStreams(status, names));
    }

    private static void writeFields(CodecOut out, List<SpecField> fields) throws IOException {
        out.writeInt(fields.size());
        for (SpecField f : fields) {
            writeField(out, f);
        }
    }

    private static List<SpecField> readFields(CodecIn in) throws IOException {
        int n = in.readCount();
        List<SpecField> fields = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            fields.add(readField(in));
        }
        return fields;
    }

    private static void writeOptions(CodecOut out, List<SpecOption> options) throws IOException {
        out.writeInt(options.size());
        for (SpecOption o : options) {
            out.writeString(o.discriminator());
            out.writeString(o.value());
            out.writeString(o.title());
            writeFields(out, o.fields());
            out.writeBoolean(o.closed());
            ModelCodec.writePos(out, o.pos());
        }
    }

    private static List<SpecOption> readOptions(CodecIn in) throws IOException {
        int n = in.readCount();
        List<SpecOption> options = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            options.add(new SpecOption(in.readString(), in.readString(), in.readString(), readFields(in),
                    in.readBoolean(), ModelCodec.readPos(in)));
        }
        return options;
    }

    private static void writeField(CodecOut out, SpecField f) throws IOException {
        for (String s : Arrays.asList(f.path(), f.name(), f.title(), f.description(), f.type())) {
            out.writeString(s);
        }
        out.writeBoolean(f.required());
        out.writeBoolean(f.secret());
        out.writeOptional(f.defaultValue());
        out.writeStrings(f.enumValues());
        out.writeOptional(f.constValue());
        out.writeStrings(f.examples());
        out.writeOptional(f.pattern());
        out.writeBoolean(f.order().isPresent());
        out.writeInt(f.order().orElse(0));
        out.writeOptional(f.group());
        out.writeBoolean(f.hidden());
        SpecConstraints c = f.constraints();
        for (Optional<BigDecimal> bound : Arrays.asList(c.minimum(), c.maximum(), c.minLength(), c.maxLength())) {
            out.writeOptional(bound.map(BigDecimal::toString));
        }
        out.writeBoolean(c.closed());
        writeOptions(out, f.options());
        writeFields(out, f.properties());
        out.writeBoolean(f.items().isPresent());
        if (f.items().isPresent()) {
            writeField(out, f.items().get());
        }
        ModelCodec.writePos(out, f.pos());
    }

    private static SpecField readField(CodecIn in) throws IOException {
        String path = in.readString();
        String name = in.readString();
        String title = in.readString();
        String description = in.readString();
        String type = in.readString();
        boolean required = in.readBoolean();
        boolean secret = in.readBoolean();
        Optional<String> defaultValue = in.readOptional();
        List<String> enumValues = in.readStrings();
        Optional<String> constValue = in.readOptional();
        List<String> examples = in.readStrings();
        Optional<String> pattern = in.readOptional();
        boolean hasOrder = in.readBoolean();
        int order = in.readInt();
        Optional<String> group = in.readOptional();
        boolean hidden = in.readBoolean();
        Optional<BigDecimal> minimum = readNumber(in);
        Optional<BigDecimal> maximum = readNumber(in);
        Optional<BigDecimal> minLength = readNumber(in);
        Optional<BigDecimal> maxLength = readNumber(in);
        SpecConstraints constraints = new SpecConstraints(minimum, maximum, minLength, maxLength, in.readBoolean());
        List<SpecOption> options = readOptions(in);
        List<SpecField> properties = readFields(in);
        Optional<SpecField> items = in.readBoolean() ? Optional.of(readField(in)) : Optional.empty();
        return new SpecField(path, name, title, description, type, required, secret, defaultValue, enumValues,
                constValue, examples, pattern, hasOrder ? Optional.of(order) : Optional.empty(), group, hidden,
                constraints, options, properties, items, ModelCodec.readPos(in));
    }

    /** A bound as written by {@link BigDecimal#toString}, which reads back to an equal value (scale included). */
    private static Optional<BigDecimal> readNumber(CodecIn in) throws IOException {
        return in.readOptional().map(BigDecimal::new);
    }
}
