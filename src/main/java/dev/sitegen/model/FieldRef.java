package dev.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One item of a doc's {@code <FieldAnchor field="...">} attribute: a spec field the paragraph it
 * wraps describes, in the docs' notation ({@code host}, {@code replication_method.replication_slot},
 * {@code provider[S3]}, {@code streams.0.format[unstructured]}). Read once in {@code load}, so the
 * rules that match it against the spec never read the doc again.
 *
 * @param raw the item as written, without the spaces around it
 * @param segments the path, outermost first; empty when the item is malformed
 * @param pos the item's first character inside the attribute (for an empty item, where it would be)
 * @param problem why the item cannot be read (empty item, unbalanced bracket, ...), when it cannot
 */
public record FieldRef(String raw, List<FieldSegment> segments, SourcePos pos, Optional<String> problem) {

    public FieldRef {
        segments = List.copyOf(segments);
    }

    public static FieldRef parsed(String raw, List<FieldSegment> segments, SourcePos pos) {
        return new FieldRef(raw, segments, pos, Optional.empty());
    }

    public static FieldRef malformed(String raw, SourcePos pos, String problem) {
        return new FieldRef(raw, List.of(), pos, Optional.of(problem));
    }

    public boolean isMalformed() {
        return problem.isPresent();
    }
}
