package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SpecConstraints;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a connection specification (a JSON Schema object, refs resolved through {@link SpecRefs}) into
 * {@link SpecField}s in spec order: {@code order} first, then as declared. A {@code oneOf} (or
 * {@code anyOf}) of objects is the field's options, each known by the value of the property whose
 * {@code const} sets it apart. Work is bounded: at most {@value #MAX_FIELDS} fields and
 * {@value #MAX_FIELD_DEPTH} levels of fields; past either the rest is left out with one finding.
 */
final class SpecSchemaReader {

    static final int MAX_FIELDS = 5_000;
    static final int MAX_FIELD_DEPTH = 24;

    private final String connector;
    private final SpecRefs refs;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int fieldCount;
    private boolean limitReported;

    SpecSchemaReader(String connector, SpecRefs refs) {
        this.connector = connector;
        this.refs = refs;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The fields of an object schema; {@code prefix} is the path its fields' paths start with. */
    List<SpecField> readFields(YamlNode.Mapping schema, String prefix, int depth, List<String> chain) {
        Optional<YamlNode.Mapping> properties = mapping(schema, "properties");
        if (properties.isEmpty()) {
            return List.of();
        }
        Set<String> required = readTexts(schema, "required");
        List<SpecField> fields = new ArrayList<>();
        for (YamlNode.Entry e : properties.get().entries().values()) {
            if (!takeField(e.keyPos(), depth)) {
                break;
            }
            fields.add(readField(e.key(), e.keyPos(), e.value(), prefix + e.key(), required.contains(e.key()),
                    depth, chain));
        }
        List<SpecField> ordered = new ArrayList<>(fields);
        // a stable sort keeps declaration order among equal and absent orders
        ordered.sort(Comparator.comparing(f -> f.order().orElse(Integer.MAX_VALUE)));
        return ordered;
    }

    private SpecField readField(String name, SourcePos pos, YamlNode value, String path, boolean required,
                                int depth, List<String> chain) {
        SpecRefs.Resolved r = resolve(value, chain);
        YamlNode.Mapping m = r.node() instanceof YamlNode.Mapping mm ? mm : new YamlNode.Mapping(value.pos(), java.util.Map.of());
        List<SpecOption> options = readOptions(m, path, depth, r.chain());
        List<SpecField> properties = readFields(m, path + ".", depth + 1, r.chain());
        Optional<SpecField> items = Optional.empty();
        Optional<YamlNode> itemsNode = m.findEntry("items").map(YamlNode.Entry::value);
        if (itemsNode.isPresent() && itemsNode.get() instanceof YamlNode.Mapping && takeField(itemsNode.get().pos(), depth + 1)) {
            items = Optional.of(readField(name, itemsNode.get().pos(), itemsNode.get(), path + ".0", false, depth + 1,
                    r.chain()));
        }
        return new SpecField(path, name, text(m, "title").orElse(""), text(m, "description").orElse(""),
                readType(m), required, flag(m, "airbyte_secret"), valueText(m, "default"), readValues(m, "enum"),
                valueText(m, "const"), readValues(m, "examples"), text(m, "pattern"), readOrder(m),
                text(m, "group"), flag(m, "airbyte_hidden"), readConstraints(m), options, properties, items, pos);
    }

    /** The options of a schema's {@code oneOf} (or {@code anyOf}); {@code path} is the field's, empty at the top. */
    List<SpecOption> readOptions(YamlNode.Mapping m, String path, int depth, List<String> chain) {
        List<SpecOption> options = new ArrayList<>();
        Optional<YamlNode.Sequence> oneOf = sequence(m, "oneOf").or(() -> sequence(m, "anyOf"));
        oneOf.ifPresent(seq -> {
            for (int i = 0; i < seq.items().size(); i++) {
                readOption(seq.items().get(i), i, path, depth, chain).ifPresent(options::add);
            }
        });
        return options;
    }

    private Optional<SpecOption> readOption(YamlNode member, int index, String path, int depth, List<String> chain) {
        SpecRefs.Resolved r = resolve(member, chain);
        if (!(r.node() instanceof YamlNode.Mapping m)) {
            return Optional.empty();
        }
        String title = text(m, "title").orElse("");
        String key = "";
        String value = "";
        for (YamlNode.Entry e : mapping(m, "properties").map(p -> p.entries().values()).orElse(List.of())) {
            // its problems, if any, are reported when the option's fields are read
            Optional<String> chosen = refs.resolve(e.value(), r.chain()).node() instanceof YamlNode.Mapping p
                    ? valueText(p, "const").or(() -> single(readValues(p, "enum"))) : Optional.empty();
            if (chosen.isPresent()) {
                key = e.key();
                value = chosen.get();
                break;
            }
        }
        if (value.isEmpty()) {
            value = title.isEmpty() ? String.valueOf(index) : title;
        }
        List<SpecField> fields = readFields(m, path + "[" + value + "].", depth + 1, r.chain());
        return Optional.of(new SpecOption(key, value, title, fields, isClosed(m), member.pos()));
    }

    private static SpecConstraints readConstraints(YamlNode.Mapping m) {
        return new SpecConstraints(number(m, "minimum"), number(m, "maximum"), number(m, "minLength"),
                number(m, "maxLength"), isClosed(m));
    }

    /** Whether the schema forbids keys it does not list: {@code additionalProperties: false}. */
    static boolean isClosed(YamlNode.Mapping m) {
        return text(m, "additionalProperties").filter("false"::equalsIgnoreCase).isPresent();
    }

    /** A bound written as a number; anything else (text, a list) is no bound. */
    private static Optional<BigDecimal> number(YamlNode.Mapping m, String key) {
        return m.findEntry(key).map(YamlNode.Entry::value)
                .filter(v -> v instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.NUMBER)
                .map(v -> ((YamlNode.Scalar) v).text().strip())
                .filter(t -> t.matches("-?[0-9]{1,30}(\\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?"))
                .map(BigDecimal::new);
    }

    /** {@code node} with its refs followed, a problem reported; the chain grows by the refs followed. */
    private SpecRefs.Resolved resolve(YamlNode node, List<String> chain) {
        SpecRefs.Resolved r = refs.resolve(node, chain);
        r.problem().ifPresent(p -> diagnostics.add(new Diagnostic(SpecFiles.RULE, Severity.ERROR, connector, p.pos(),
                p.message(), p.hint())));
        return r;
    }

    /** Whether one more field at {@code depth} is within the limits; reports the first time it is not. */
    private boolean takeField(SourcePos pos, int depth) {
        if (fieldCount < MAX_FIELDS && depth < MAX_FIELD_DEPTH) {
            fieldCount++;
            return true;
        }
        if (!limitReported) {
            limitReported = true;
            diagnostics.add(new Diagnostic(SpecFiles.RULE, Severity.ERROR, connector, pos, fieldCount >= MAX_FIELDS
                    ? "the spec has more than " + MAX_FIELDS + " fields; the rest are left out"
                    : "fields nest deeper than " + MAX_FIELD_DEPTH + " levels; the deeper ones are left out",
                    "keep the spec to the fields a user configures"));
        }
        return false;
    }

    private static Optional<YamlNode.Mapping> mapping(YamlNode.Mapping m, String key) {
        return m.findEntry(key).map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Mapping)
                .map(v -> (YamlNode.Mapping) v);
    }

    private static Optional<YamlNode.Sequence> sequence(YamlNode.Mapping m, String key) {
        return m.findEntry(key).map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Sequence)
                .map(v -> (YamlNode.Sequence) v);
    }

    private static Optional<String> text(YamlNode.Mapping m, String key) {
        return m.findEntry(key).map(YamlNode.Entry::value).filter(v -> v instanceof YamlNode.Scalar s
                && s.kind() != YamlNode.ScalarKind.NULL).map(v -> ((YamlNode.Scalar) v).text());
    }

    private static boolean flag(YamlNode.Mapping m, String key) {
        return text(m, key).filter("true"::equalsIgnoreCase).isPresent();
    }

    private static Optional<Integer> readOrder(YamlNode.Mapping m) {
        return text(m, "order").filter(t -> t.matches("-?[0-9]{1,9}")).map(Integer::valueOf);
    }

    private static String readType(YamlNode.Mapping m) {
        Optional<YamlNode> type = m.findEntry("type").map(YamlNode.Entry::value);
        if (type.isPresent() && type.get() instanceof YamlNode.Sequence s) {
            return String.join("|", s.items().stream().map(SpecValues::writeCompact).toList());
        }
        return text(m, "type").orElse("");
    }

    private static Optional<String> valueText(YamlNode.Mapping m, String key) {
        return m.findEntry(key).map(e -> SpecValues.writeCompact(e.value()));
    }

    private static List<String> readValues(YamlNode.Mapping m, String key) {
        return sequence(m, key).map(s -> s.items().stream().map(SpecValues::writeCompact).toList()).orElse(List.of());
    }

    private static Set<String> readTexts(YamlNode.Mapping m, String key) {
        return new TreeSet<>(readValues(m, key));
    }

    private static Optional<String> single(List<String> values) {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
