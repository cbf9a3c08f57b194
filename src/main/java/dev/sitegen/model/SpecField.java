package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One field of a connector's spec. {@code path} is in the docs' FieldAnchor notation: dots for nesting,
 * {@code [value]} after a field for the option chosen by that discriminator value
 * ({@code replication_method[CDC].replication_slot}), {@code .0} for an array's items
 * ({@code streams.0.format[unstructured]}). Scalar values ({@code defaultValue}, {@code enumValues},
 * {@code constValue}, {@code examples}) are kept as written, structured ones as compact JSON. {@code type}
 * is the schema's type, a list of types joined with {@code |}, or empty when the schema names none.
 * {@code order} is the spec's {@code order} keyword; fields are listed by it, then as declared.
 * {@code constraints} are its bounds and whether its properties are closed to others.
 */
public record SpecField(String path, String name, String title, String description, String type,
                        boolean required, boolean secret, Optional<String> defaultValue, List<String> enumValues,
                        Optional<String> constValue, List<String> examples, Optional<String> pattern,
                        Optional<Integer> order, Optional<String> group, boolean hidden, SpecConstraints constraints,
                        List<SpecOption> options,
                        List<SpecField> properties, Optional<SpecField> items, SourcePos pos) {

    public SpecField {
        enumValues = List.copyOf(enumValues);
        examples = List.copyOf(examples);
        options = List.copyOf(options);
        properties = List.copyOf(properties);
    }

    void collectInto(List<SpecField> out) {
        out.add(this);
        properties.forEach(p -> p.collectInto(out));
        options.forEach(o -> o.fields().forEach(f -> f.collectInto(out)));
        items.ifPresent(i -> i.collectInto(out));
    }
}
