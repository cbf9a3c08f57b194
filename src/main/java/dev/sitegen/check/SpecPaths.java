package dev.sitegen.check;

import dev.sitegen.model.FieldRef;
import dev.sitegen.model.FieldSegment;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Looks a FieldAnchor item up in a connector's spec. The docs' notation is looser than the spec's own
 * paths: a name after a {@code oneOf} field may skip the option selector
 * ({@code replication_method.replication_slot}), so it is looked up in every option; a name after an array
 * may skip the index ({@code custom_insights.name}), so the items' fields count too. An option selector
 * matches the option's discriminating value exactly, else its title ignoring case (the corpus selects by
 * {@code const} value; titles are accepted because a value-less option is known by its title).
 */
final class SpecPaths {

    /** No field path is this long; an item that is gets no edit-distance search. */
    private static final int MAX_HINTED_LENGTH = 200;

    private SpecPaths() {
    }

    /** Whether the item names a field (and, with selectors, an option) of the spec. */
    static boolean isKnown(Spec spec, FieldRef ref) {
        if (ref.segments().isEmpty()) {
            return false;
        }
        List<SpecField> candidates = listTopLevel(spec);
        List<SpecField> reached = List.of();
        for (FieldSegment seg : ref.segments()) {
            reached = candidates.stream().filter(f -> f.name().equals(seg.name()))
                    .flatMap(f -> stepInto(f, seg).stream()).toList();
            if (reached.isEmpty()) {
                return false;
            }
            candidates = reached.stream().flatMap(SpecPaths::listChildren).toList();
        }
        return true;
    }

    /**
     * The values an item's option selector could have had, when the walk stops at a field that exists but has
     * no such option ({@code credentials[basic]}); empty when it stops anywhere else.
     */
    static List<String> listOptionValuesAtMiss(Spec spec, FieldRef ref) {
        List<SpecField> candidates = listTopLevel(spec);
        for (FieldSegment seg : ref.segments()) {
            List<SpecField> named = candidates.stream().filter(f -> f.name().equals(seg.name())).toList();
            List<SpecField> reached = named.stream().flatMap(f -> stepInto(f, seg).stream()).toList();
            if (reached.isEmpty()) {
                return seg.option().isEmpty() ? List.of() : named.stream()
                        .flatMap(f -> Stream.concat(Stream.of(f), f.items().stream()))
                        .flatMap(f -> f.options().stream()).map(SpecOption::value).distinct().sorted().toList();
            }
            candidates = reached.stream().flatMap(SpecPaths::listChildren).toList();
        }
        return List.of();
    }

    /**
     * The field itself after an index and option selector: for an index, its items; for a selector, one
     * pseudo-step per matching option (its fields become the children). Empty when a step does not exist.
     */
    private static List<SpecField> stepInto(SpecField f, FieldSegment seg) {
        SpecField at = f;
        if (seg.index().isPresent()) {
            if (f.items().isEmpty()) {
                return List.of();
            }
            at = f.items().get();
        }
        if (seg.option().isEmpty()) {
            return List.of(at);
        }
        String wanted = seg.option().get();
        List<SpecOption> options = findOptions(at, wanted);
        if (options.isEmpty()) {
            return List.of();
        }
        // A selected option's fields are the next candidates: present them as the properties of a copy.
        List<SpecField> fields = options.stream().flatMap(o -> o.fields().stream()).toList();
        return List.of(withOnlyProperties(at, fields));
    }

    private static List<SpecOption> findOptions(SpecField f, String wanted) {
        List<SpecField> holders = new ArrayList<>();
        holders.add(f);
        f.items().ifPresent(holders::add);
        List<SpecOption> all = holders.stream().flatMap(h -> h.options().stream()).toList();
        List<SpecOption> byValue = all.stream().filter(o -> o.value().equals(wanted)).toList();
        if (!byValue.isEmpty()) {
            return byValue;
        }
        return all.stream().filter(o -> o.title().equalsIgnoreCase(wanted)).toList();
    }

    private static SpecField withOnlyProperties(SpecField f, List<SpecField> fields) {
        return new SpecField(f.path(), f.name(), f.title(), f.description(), f.type(), f.required(), f.secret(),
                f.defaultValue(), f.enumValues(), f.constValue(), f.examples(), f.pattern(), f.order(), f.group(),
                f.hidden(), f.constraints(), List.of(), fields, java.util.Optional.empty(), f.pos());
    }

    /** The fields a name after {@code f} may mean: its properties, every option's fields, its items' too. */
    private static Stream<SpecField> listChildren(SpecField f) {
        Stream<SpecField> own = Stream.concat(f.properties().stream(),
                f.options().stream().flatMap(o -> o.fields().stream()));
        return f.items().map(i -> Stream.concat(own, listChildren(i))).orElse(own);
    }

    private static List<SpecField> listTopLevel(Spec spec) {
        return Stream.concat(spec.fields().stream(), spec.options().stream().flatMap(o -> o.fields().stream()))
                .toList();
    }

    /** Up to three of the spec's field paths closest to {@code raw}, closest first, ties by path. */
    static List<String> listClosestPaths(Spec spec, String raw) {
        if (raw.length() > MAX_HINTED_LENGTH) {
            return List.of();
        }
        String wanted = raw.toLowerCase(Locale.ROOT);
        int limit = Math.max(3, wanted.length() / 2);
        record Scored(String path, int distance) {
        }
        return spec.listAllFields().stream().map(SpecField::path).distinct()
                .map(p -> new Scored(p, scoreCloseness(wanted, p.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::path))
                .limit(3).map(Scored::path).toList();
    }

    /** A path that contains the item ({@code ssl} in {@code ssl_mode}) is as close as a one-letter typo. */
    private static int scoreCloseness(String wanted, String path) {
        int distance = measureDistance(wanted, path);
        return path.contains(wanted) || wanted.contains(path) ? Math.min(distance, 1) : distance;
    }

    /** Levenshtein distance; spec paths are short, so the quadratic table is cheap. */
    static int measureDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
