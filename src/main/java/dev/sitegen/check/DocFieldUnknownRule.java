package dev.sitegen.check;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FieldRef;
import dev.sitegen.model.Severity;
import dev.sitegen.model.Spec;
import java.util.List;

/**
 * {@code doc-field-unknown}: a {@code <FieldAnchor field="...">} item that names no field of the connector's
 * spec, or cannot be read at all. Connectors without a readable spec are not judged: there is nothing to
 * compare against, and {@code spec-invalid} already speaks for a broken one.
 */
final class DocFieldUnknownRule implements Rule {

    /** Closest-path hints cost an edit distance per spec path; a hostile doc with 10,000 bad items gets them for the first few. */
    private static final int MAX_SEARCHED_HINTS = 100;

    static final RuleInfo INFO = new RuleInfo("doc-field-unknown", Severity.ERROR,
            "A <FieldAnchor field=\"...\"> item names no field of the connector's spec, or is malformed.",
            "The docs site links each FieldAnchor paragraph to the field of the setup form it describes; an item "
                    + "naming a field the spec no longer has documents a setting users cannot find. Items are "
                    + "comma-separated paths: dots for nesting (a name after a oneOf field is looked up in every "
                    + "option, a name after an array in its items), [value] selects the option whose const value "
                    + "(or title) is value, .0 an array's items. Rename the item to the spec's current path (the "
                    + "hint lists the closest ones) or drop the anchor when the field is gone.",
                    """
                    <FieldAnchor field="replication_method[CDC].replication_slots">
                    The replication slot to read changes from.
                    </FieldAnchor>
                    """,
                    """
                    <FieldAnchor field="replication_method[CDC].replication_slot">
                    The replication slot to read changes from.
                    </FieldAnchor>
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.spec().isEmpty() || c.doc().isEmpty()) {
            return;
        }
        Spec spec = c.spec().get();
        int unknown = 0;
        for (FieldRef ref : c.doc().get().fieldRefs()) {
            if (ref.isMalformed()) {
                out.add(INFO.createDiagnostic(c, ref.pos(), "FieldAnchor item '" + ref.raw() + "' is malformed: "
                        + ref.problem().get(), "write the field's path, e.g. 'host' or 'replication_method[CDC]'"));
            } else if (!SpecPaths.isKnown(spec, ref)) {
                out.add(INFO.createDiagnostic(c, ref.pos(), "FieldAnchor item '" + ref.raw()
                        + "' names no field of the spec in " + spec.file(),
                        ++unknown <= MAX_SEARCHED_HINTS ? hintFor(spec, ref) : genericHint(spec)));
            }
        }
    }

    private static String genericHint(Spec spec) {
        return "name a field of " + spec.file() + " or remove the anchor if the field is gone";
    }

    private static String hintFor(Spec spec, FieldRef ref) {
        List<String> options = SpecPaths.listOptionValuesAtMiss(spec, ref);
        if (!options.isEmpty()) {
            return "the options' values there are " + String.join(", ", options.stream().map(o -> "'" + o + "'").toList());
        }
        List<String> closest = SpecPaths.listClosestPaths(spec, ref.raw());
        return closest.isEmpty()
                ? genericHint(spec)
                : "did you mean " + String.join(", ", closest.stream().map(p -> "'" + p + "'").toList()) + "?";
    }
}
