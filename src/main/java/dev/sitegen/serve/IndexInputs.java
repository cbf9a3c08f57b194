package dev.sitegen.serve;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldPositions;
import dev.sitegen.model.SourcePos;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values the catalog-wide pages (catalog, registry, search index, feeds, releases, breaking
 * changes, calendar, contributing index) are rendered from, without source positions: two equal
 * inputs render the same pages, so an edit that only moves lines or changes a doc's prose does not
 * re-render them. A connector is compared as its records are, component by component, so a value added
 * to the model counts without anyone listing it here; only what is known to be no shown value is left
 * out: positions ({@link SourcePos}, {@link FieldPositions}, a changelog's line span) and a doc's text
 * (its place is kept). Deliberately generous: a value the pages do not show costs a needless re-render.
 */
final class IndexInputs {

    /** Record components that only say where a value was written. */
    private static final Set<String> POSITIONS = Set.of(Changelog.class.getName() + ".firstLine",
            Changelog.class.getName() + ".lastLine");

    private IndexInputs() {
    }

    /**
     * Whether the inputs differ between two catalogs, looking only at the connectors in {@code dirs}
     * (the others were not reloaded, so they are the same) and the contribution guides.
     */
    static boolean changesIndexInputs(Catalog before, Catalog after, Set<String> dirs) {
        for (String dir : dirs) {
            if (!before.findConnector(dir).map(IndexInputs::describeValue)
                    .equals(after.findConnector(dir).map(IndexInputs::describeValue))) {
                return true;
            }
        }
        return !describeGuides(before).equals(describeGuides(after));
    }

    private static List<List<String>> describeGuides(Catalog catalog) {
        return catalog.guides().stream().map(g -> List.of(g.urlPath(), findTitleLine(g))).toList();
    }

    /**
     * {@code value} without its positions, as plain lists and values that compare by equality: a record
     * becomes the list of its components, a doc page its file and URL path.
     */
    static Object describeValue(Object value) {
        if (value instanceof DocPage page) {
            return List.of(page.file(), page.urlPath());
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(IndexInputs::describeValue);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(IndexInputs::describeValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, describeValue(v)));
            return out;
        }
        if (value instanceof Record record) {
            return describeRecord(record);
        }
        return value;
    }

    private static List<Object> describeRecord(Record record) {
        List<Object> out = new ArrayList<>();
        out.add(record.getClass().getName());
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Class<?> type = component.getType();
            if (type == SourcePos.class || type == FieldPositions.class
                    || POSITIONS.contains(record.getClass().getName() + "." + component.getName())) {
                continue;
            }
            out.add(describeValue(readComponent(record, component)));
        }
        return out;
    }

    private static Object readComponent(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
        }
    }

    /** The guide's first {@code # } heading, which the contributing index shows. */
    private static String findTitleLine(DocPage guide) {
        Optional<String> title = guide.markdown().lines().filter(l -> l.startsWith("# ")).findFirst();
        return title.orElse("");
    }
}
