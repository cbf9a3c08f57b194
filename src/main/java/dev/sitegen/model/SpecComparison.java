package dev.sitegen.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a connector's spec at a pull request's base with its spec now, field by field: fields are
 * matched by name within the object that holds them, {@code oneOf} options by their value, array items
 * with items. A field or option that is gone is one change (what it held is not listed again); one that
 * is new is one change too. Changes come in the new spec's order, then the ones that are gone.
 * Whether a change breaks configurations follows one question: is a configuration valid at the base
 * possibly invalid now ({@link SpecChange.Kind#incompatible()}).
 */
public final class SpecComparison {

    private static final int MAX_VALUES = 5;

    private final List<SpecChange> out = new ArrayList<>();

    private SpecComparison() {
    }

    public static List<SpecChange> compareSpecs(Spec before, Spec after) {
        SpecComparison c = new SpecComparison();
        if (!before.closed() && after.closed()) {
            c.add("", SpecChange.Kind.PROPERTIES_CLOSED, "", after.pos());
        }
        c.compareFields(before.fields(), after.fields(), after.closed(), after.pos());
        c.compareOptions("", before.options(), after.options(), after.pos());
        return List.copyOf(c.out);
    }

    /** The fields of one object at both sides; {@code closed} and {@code holder} are the object's now. */
    private void compareFields(List<SpecField> before, List<SpecField> after, boolean closed, SourcePos holder) {
        Map<String, SpecField> old = indexByName(before);
        Map<String, SpecField> now = indexByName(after);
        for (SpecField f : now.values()) {
            SpecField was = old.get(f.name());
            if (was != null) {
                compareField(was, f);
            } else if (f.required() && f.defaultValue().isEmpty()) {
                add(f.path(), SpecChange.Kind.REQUIRED_FIELD_ADDED, "", f.pos());
            } else {
                add(f.path(), SpecChange.Kind.FIELD_ADDED, f.required() ? "required, default "
                        + f.defaultValue().orElseThrow() : "optional", f.pos());
            }
        }
        for (SpecField was : old.values()) {
            if (!now.containsKey(was.name())) {
                add(was.path(), was.required() ? SpecChange.Kind.REQUIRED_FIELD_REMOVED
                        : closed ? SpecChange.Kind.CLOSED_FIELD_REMOVED : SpecChange.Kind.FIELD_REMOVED, "", holder);
            }
        }
    }

    private void compareField(SpecField was, SpecField now) {
        String path = now.path();
        SourcePos pos = now.pos();
        if (was.required() != now.required()) {
            add(path, now.required() ? SpecChange.Kind.MADE_REQUIRED : SpecChange.Kind.MADE_OPTIONAL, "", pos);
        }
        compareTypes(path, was.type(), now.type(), pos);
        compareEnums(path, was.enumValues(), now.enumValues(), pos);
        if (!was.pattern().equals(now.pattern())) {
            add(path, now.pattern().isEmpty() ? SpecChange.Kind.PATTERN_REMOVED : SpecChange.Kind.PATTERN_TIGHTENED,
                    was.pattern().map(p -> p + " -> ").orElse("") + now.pattern().orElse("none"), pos);
        }
        SpecConstraints a = was.constraints();
        SpecConstraints b = now.constraints();
        compareBound(path, "minimum", a.minimum(), b.minimum(), 1, pos);
        compareBound(path, "maximum", a.maximum(), b.maximum(), -1, pos);
        compareBound(path, "minLength", a.minLength(), b.minLength(), 1, pos);
        compareBound(path, "maxLength", a.maxLength(), b.maxLength(), -1, pos);
        if (!a.closed() && b.closed()) {
            add(path, SpecChange.Kind.PROPERTIES_CLOSED, "", pos);
        }
        if (!was.defaultValue().equals(now.defaultValue())) {
            add(path, SpecChange.Kind.DEFAULT_CHANGED, was.defaultValue().orElse("none") + " -> "
                    + now.defaultValue().orElse("none"), pos);
        }
        compareOptions(path, was.options(), now.options(), pos);
        compareFields(was.properties(), now.properties(), b.closed(), pos);
        if (was.items().isPresent() && now.items().isPresent()) {
            compareField(was.items().get(), now.items().get());
        }
    }

    /** Types as sets ({@code a|b}); no type is any type, and {@code number} takes every {@code integer}. */
    private void compareTypes(String path, String was, String now, SourcePos pos) {
        if (was.equals(now)) {
            return;
        }
        Set<String> old = splitTypes(was);
        Set<String> fresh = splitTypes(now);
        boolean narrowed = old.isEmpty() ? !fresh.isEmpty() : !fresh.isEmpty() && !old.stream()
                .allMatch(t -> fresh.contains(t) || t.equals("integer") && fresh.contains("number"));
        boolean widened = !narrowed && !old.equals(fresh);
        if (narrowed || widened) {
            add(path, narrowed ? SpecChange.Kind.TYPE_NARROWED : SpecChange.Kind.TYPE_WIDENED,
                    (was.isEmpty() ? "any" : was) + " -> " + (now.isEmpty() ? "any" : now), pos);
        }
    }

    private void compareEnums(String path, List<String> was, List<String> now, SourcePos pos) {
        if (was.isEmpty() && now.isEmpty() || was.equals(now)) {
            return;
        }
        if (was.isEmpty()) {
            add(path, SpecChange.Kind.ENUM_ADDED, listValues(now), pos);
        } else if (now.isEmpty()) {
            add(path, SpecChange.Kind.ENUM_REMOVED, "", pos);
        } else {
            List<String> removed = was.stream().filter(v -> !now.contains(v)).distinct().toList();
            List<String> added = now.stream().filter(v -> !was.contains(v)).distinct().toList();
            if (!removed.isEmpty()) {
                add(path, SpecChange.Kind.ENUM_VALUES_REMOVED, listValues(removed), pos);
            }
            if (!added.isEmpty()) {
                add(path, SpecChange.Kind.ENUM_VALUES_ADDED, listValues(added), pos);
            }
        }
    }

    /** {@code sign} 1 for a lower bound (higher is tighter), -1 for an upper one. */
    private void compareBound(String path, String name, Optional<BigDecimal> was, Optional<BigDecimal> now, int sign,
                              SourcePos pos) {
        if (was.isEmpty() && now.isEmpty() || was.isPresent() && now.isPresent()
                && was.get().compareTo(now.get()) == 0) {
            return;
        }
        boolean tighter = was.isEmpty() || now.isPresent() && now.get().compareTo(was.get()) * sign > 0;
        add(path, tighter ? SpecChange.Kind.BOUND_TIGHTENED : SpecChange.Kind.BOUND_LOOSENED, name + " "
                + was.map(BigDecimal::toPlainString).orElse("none") + " -> "
                + now.map(BigDecimal::toPlainString).orElse("none"), pos);
    }

    /** The options of one {@code oneOf}, matched by value; {@code path} is the field's (empty at the top). */
    private void compareOptions(String path, List<SpecOption> before, List<SpecOption> after, SourcePos holder) {
        Map<String, SpecOption> old = new LinkedHashMap<>();
        before.forEach(o -> old.putIfAbsent(o.value(), o));
        Map<String, SpecOption> now = new LinkedHashMap<>();
        after.forEach(o -> now.putIfAbsent(o.value(), o));
        for (SpecOption o : now.values()) {
            SpecOption was = old.get(o.value());
            String optionPath = path + "[" + o.value() + "]";
            if (was == null) {
                add(optionPath, SpecChange.Kind.OPTION_ADDED, o.title(), o.pos());
                continue;
            }
            if (!was.closed() && o.closed()) {
                add(optionPath, SpecChange.Kind.PROPERTIES_CLOSED, "", o.pos());
            }
            compareFields(was.fields(), o.fields(), o.closed(), o.pos());
        }
        for (SpecOption was : old.values()) {
            if (!now.containsKey(was.value())) {
                add(path + "[" + was.value() + "]", SpecChange.Kind.OPTION_REMOVED, was.title(), holder);
            }
        }
    }

    private static Map<String, SpecField> indexByName(List<SpecField> fields) {
        Map<String, SpecField> out = new LinkedHashMap<>();
        fields.forEach(f -> out.putIfAbsent(f.name(), f));
        return out;
    }

    private static Set<String> splitTypes(String type) {
        return type.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(type.split("\\|")));
    }

    private static String listValues(List<String> values) {
        String shown = String.join(", ", values.stream().limit(MAX_VALUES).toList());
        return values.size() > MAX_VALUES ? shown + " and " + (values.size() - MAX_VALUES) + " more" : shown;
    }

    private void add(String path, SpecChange.Kind kind, String detail, SourcePos pos) {
        out.add(new SpecChange(path, kind, detail, pos));
    }
}
