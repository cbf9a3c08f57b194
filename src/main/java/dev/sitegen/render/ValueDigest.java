package dev.sitegen.render;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
 * length-prefixed, so no two different values write the same text. Text goes to the digest in chunks:
 * a doc's text is never copied into one large buffer.
 */
final class ValueDigest {

    private static final int CHUNK = 8192;

    /** Each record class's name and component accessors, looked up once. */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                // records declared package-private elsewhere are read like public ones
                accessor.trySetAccessible();
                accessors.add(accessor);
            }
            return new RecordShape(type.getSimpleName() + "(", List.copyOf(accessors));
        }
    };

    private record RecordShape(String opening, List<Method> accessors) {
    }

    private final MessageDigest sha = newDigest();
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
        describe(value, text, true);
        return this;
    }

    /** The hex SHA-256 of everything added. */
    String digest() {
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }

    private void flush() {
        if (!text.isEmpty()) {
            sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    /** Writes {@code value} to {@code out}; {@code direct} when {@code out} is this digest's own text. */
    private void describe(Object value, StringBuilder out, boolean direct) {
        if (value == null || !withPositions && (value instanceof SourcePos || value instanceof FieldPositions)) {
            out.append('~');
        } else if (value instanceof Metadata || value instanceof Spec || value instanceof DocPage) {
            // a connector's large values by their own digest ('#' starts no other description), which a
            // long-lived process remembers for the very instance the load hands it again (IdentityMemo)
            IdentityMemo.Kind kind = withPositions ? IdentityMemo.Kind.DIGEST_WITH_POSITIONS : IdentityMemo.Kind.DIGEST;
            out.append('#').append(IdentityMemo.<String>findOrMake(value, kind,
                    () -> new ValueDigest(withPositions).addWhole((Record) value).digest()));
        } else if (value instanceof Record r) {
            describeRecord(r, out, direct);
        } else if (value instanceof Optional<?> o) {
            out.append(o.isPresent() ? "+" : "-");
            o.ifPresent(v -> describe(v, out, direct));
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            appendSorted(m.entrySet().stream().map(e -> describeText(e.getKey()) + "=" + describeText(e.getValue())).toList(), out);
            out.append('}');
        } else if (value instanceof Set<?> s) {
            out.append('<');
            appendSorted(s.stream().map(this::describeText).toList(), out);
            out.append('>');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            for (Object item : c) {
                describe(item, out, direct);
                out.append(',');
            }
            out.append(']');
        } else {
            String s = value.toString();
            out.append(s.length()).append(':');
            if (direct && s.length() > CHUNK) {
                flush();
                sha.update(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.append(s);
            }
        }
        if (direct && out.length() > CHUNK) {
            flush();
        }
    }

    /** A record component by component; its own large values too, not by their digest. */
    private ValueDigest addWhole(Record r) {
        describeRecord(r, text, true);
        return this;
    }

    private void describeRecord(Record r, StringBuilder out, boolean direct) {
        RecordShape shape = SHAPES.get(r.getClass());
        out.append(shape.opening());
        for (Method accessor : shape.accessors()) {
            describe(read(r, accessor), out, direct);
            out.append(',');
        }
        out.append(')');
    }

    private static void appendSorted(List<String> items, StringBuilder out) {
        List<String> copy = new ArrayList<>(items);
        copy.sort(null);
        copy.forEach(s -> out.append(s.length()).append(':').append(s));
    }

    private String describeText(Object value) {
        StringBuilder out = new StringBuilder();
        describe(value, out, false);
        return out.toString();
    }

    private static Object read(Record r, Method accessor) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
