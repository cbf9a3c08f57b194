package dev.sitegen.markdown;

import dev.sitegen.model.FieldRef;
import dev.sitegen.model.FieldSegment;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The docs' notation for spec fields, as a {@code <FieldAnchor field="...">} value writes it: items
 * separated by commas (every comma, as the docs site splits them), each a path of dot-separated
 * property names where a name may carry an option selector ({@code provider[S3]}) and a part of digits
 * is an array index of the name before it ({@code streams.0.format}). Dots inside an option selector
 * belong to the option, since a {@code const} may hold one.
 */
final class FieldNotation {

    /** More digits than an index of any real array; keeps the number an int. */
    private static final int MAX_INDEX_DIGITS = 9;

    private final String file;
    private final int line;

    private FieldNotation(String file, int line) {
        this.file = file;
        this.line = line;
    }

    /**
     * Reads the items of {@code value}, which starts at index {@code valueStart} of 1-based line
     * {@code line}; each item is placed at its own column.
     */
    static List<FieldRef> parseItems(String value, String file, int line, int valueStart) {
        FieldNotation notation = new FieldNotation(file, line);
        List<FieldRef> items = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = value.indexOf(',', from);
            int end = comma < 0 ? value.length() : comma;
            items.add(notation.parseItem(value, from, end, valueStart));
            if (comma < 0) {
                return items;
            }
            from = comma + 1;
        }
    }

    private FieldRef parseItem(String value, int from, int end, int valueStart) {
        int start = from;
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        int stop = end;
        while (stop > start && Character.isWhitespace(value.charAt(stop - 1))) {
            stop--;
        }
        String raw = value.substring(start, stop);
        SourcePos pos = SourcePos.at(file, line, valueStart + start + 1);
        if (raw.isEmpty()) {
            return FieldRef.malformed(raw, pos, "an empty item");
        }
        List<String> parts = new ArrayList<>();
        Optional<String> problem = splitPath(raw, parts);
        List<FieldSegment> segments = new ArrayList<>();
        for (int i = 0; problem.isEmpty() && i < parts.size(); i++) {
            problem = addSegment(parts.get(i), segments);
        }
        return problem.map(p -> FieldRef.malformed(raw, pos, p)).orElseGet(() -> FieldRef.parsed(raw, segments, pos));
    }

    /** Splits at the dots outside brackets; the problem when the brackets do not pair up. */
    private static Optional<String> splitPath(String raw, List<String> parts) {
        int depth = 0;
        int partStart = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[') {
                if (++depth > 1) {
                    return Optional.of("a '[' inside an option selector");
                }
            } else if (c == ']') {
                if (--depth < 0) {
                    return Optional.of("a ']' without its '['");
                }
            } else if (c == '.' && depth == 0) {
                parts.add(raw.substring(partStart, i));
                partStart = i + 1;
            }
        }
        if (depth != 0) {
            return Optional.of("a '[' without its ']'");
        }
        parts.add(raw.substring(partStart));
        return Optional.empty();
    }

    private static Optional<String> addSegment(String part, List<FieldSegment> segments) {
        if (part.isEmpty()) {
            return Optional.of("an empty name between dots");
        }
        if (isIndex(part)) {
            return addIndex(part, segments);
        }
        int bracket = part.indexOf('[');
        String name = bracket < 0 ? part : part.substring(0, bracket);
        if (name.isEmpty()) {
            return Optional.of("an option selector without a field name before it");
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("a space inside the field name '" + name + "'");
        }
        if (bracket < 0) {
            segments.add(FieldSegment.named(name));
            return Optional.empty();
        }
        int close = part.indexOf(']', bracket);
        if (close != part.length() - 1) {
            return Optional.of("text after the option selector of '" + name + "'");
        }
        String option = part.substring(bracket + 1, close);
        if (option.isBlank()) {
            return Optional.of("an empty option selector after '" + name + "'");
        }
        segments.add(new FieldSegment(name, OptionalInt.empty(), Optional.of(option)));
        return Optional.empty();
    }

    private static Optional<String> addIndex(String part, List<FieldSegment> segments) {
        if (segments.isEmpty()) {
            return Optional.of("an array index with no field before it");
        }
        FieldSegment last = segments.get(segments.size() - 1);
        if (last.index().isPresent()) {
            return Optional.of("a second array index after '" + last.name() + "'");
        }
        if (last.option().isPresent()) {
            return Optional.of("an array index after the option selector of '" + last.name() + "'");
        }
        if (part.length() > MAX_INDEX_DIGITS) {
            return Optional.of("an array index of more than " + MAX_INDEX_DIGITS + " digits");
        }
        segments.set(segments.size() - 1, new FieldSegment(last.name(), OptionalInt.of(Integer.parseInt(part)),
                Optional.empty()));
        return Optional.empty();
    }

    private static boolean isIndex(String part) {
        return part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
