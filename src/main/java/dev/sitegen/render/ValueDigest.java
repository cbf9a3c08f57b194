package dev.sitegen.render;

import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.SourcePos;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A SHA-256 of values, for render cache keys. Records are walked component by component and maps and
 * sets in sorted order, so the digest depends only on the values: {@code toString} would not do, since
 * {@code Map.copyOf} iterates in an order that changes from one JVM run to the next. Every string is
 * length-prefixed, so no two different values write the same text.
 */
final class ValueDigest {

    private final StringBuilder text = new StringBuilder();
    private final boolean withPositions;

    ValueDigest() {
        this(true);
    }

    private ValueDigest(boolean withPositions) {
        this.withPositions = withPositions;
    }

    /**
     * A digest that leaves out source positions ({@link SourcePos}, {@link FieldPositions}): for pages
     * that never show where a value was written, so moving a value within its file changes nothing.
     */
    static ValueDigest withoutPositions() {
        return new ValueDigest(false);
    }

    /** Adds a value: a record, collection, map, optional, or anything whose {@code toString} is its value. */
    ValueDigest add(Object value) {
        describe(value, text);
        return this;
    }

    /** The hex SHA-256 of everything added. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private void describe(Object value, StringBuilder out) {
        if (value == null) {
            out.append('~');
        } else if (!withPositions && (value instanceof SourcePos || value instanceof FieldPositions)) {
            out.append('~');
        } else if (value instanceof Record r) {
            out.append(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                describe(readComponent(r, c), out);
                out.append(',');
            }
            out.append(')');
        } else if (value instanceof Optional<?> o) {
            out.append(o.isPresent() ? "+" : "-");
            o.ifPresent(v -> describe(v, out));
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            sorted(m.entrySet().stream().map(e -> describeText(e.getKey()) + "=" + describeText(e.getValue())).toList(), out);
            out.append('}');
        } else if (value instanceof Set<?> s) {
            out.append('<');
            sorted(s.stream().map(this::describeText).toList(), out);
            out.append('>');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            for (Object item : c) {
                describe(item, out);
                out.append(',');
            }
            out.append(']');
        } else {
            String s = value.toString();
            out.append(s.length()).append(':').append(s);
        }
    }

    private static void sorted(List<String> items, StringBuilder out) {
        List<String> copy = new ArrayList<>(items);
        copy.sort(null);
        copy.forEach(s -> out.append(s.length()).append(':').append(s));
    }

    private String describeText(Object value) {
        StringBuilder out = new StringBuilder();
        describe(value, out);
        return out.toString();
    }

    private static Object readComponent(Record r, RecordComponent c) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            // records declared package-private elsewhere are read like public ones
            accessor.trySetAccessible();
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }
}
