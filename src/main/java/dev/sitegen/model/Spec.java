package dev.sitegen.model;

import java.util.List;

/**
 * A connector's configuration spec as its own files declare it: the file it was read from (relative to
 * ROOT), the position of its connection specification, its top-level fields in spec order (each with its
 * nested properties, options and array items), the options of a specification that is itself a
 * {@code oneOf} (their fields' paths start with {@code [value].}), whether its top level is closed to
 * other keys ({@code additionalProperties: false}) and the streams the connector syncs.
 */
public record Spec(String file, SourcePos pos, List<SpecField> fields, List<SpecOption> options, boolean closed,
                   SpecStreams streams) {

    public Spec {
        fields = List.copyOf(fields);
        options = List.copyOf(options);
    }

    /**
     * Every stream's name, sorted, when all are known: this spec is the connector folder's own
     * {@code manifest.yaml} ({@code folder} ends in {@code /}) and lists its streams without dynamic ones.
     */
    public java.util.Optional<List<String>> findKnownStreams(String folder) {
        if (!file.equals(folder + "manifest.yaml") || !streams.isComplete()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(streams.names().stream().map(SpecStreams.SpecStream::name).distinct().sorted()
                .toList());
    }

    /** Every field, depth first in spec order: each field, then its properties, options' fields and items. */
    public List<SpecField> listAllFields() {
        List<SpecField> all = new java.util.ArrayList<>();
        fields.forEach(f -> f.collectInto(all));
        options.forEach(o -> o.fields().forEach(f -> f.collectInto(all)));
        return List.copyOf(all);
    }
}
