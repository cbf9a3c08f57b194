package dev.sitegen.render;

import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import dev.sitegen.model.SpecField;
import dev.sitegen.model.SpecOption;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Builds a connector's Reference section from its spec: fields in spec order with their anchors
 * ({@link ReferenceAnchors}) and descriptions rendered in one batch per spec.
 */
final class SpecReferenceViews {

    private final ReferenceAnchors anchors;
    private final Map<SpecField, String> descriptions;

    private SpecReferenceViews(ReferenceAnchors anchors, Map<SpecField, String> descriptions) {
        this.anchors = anchors;
        this.descriptions = descriptions;
    }

    /**
     * @param render renders descriptions (untrusted markdown) to sanitized HTML, one per text, each placed at
     *               its field's position
     */
    static SpecReferenceView createReference(Spec spec, String sectionId,
                                             BiFunction<List<String>, List<SourcePos>, List<String>> render) {
        List<SpecField> all = spec.listAllFields();
        List<String> html = render.apply(all.stream().map(SpecField::description).toList(),
                all.stream().map(SpecField::pos).toList());
        Map<SpecField, String> descriptions = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            descriptions.put(all.get(i), html.get(i));
        }
        ReferenceAnchors anchors = new ReferenceAnchors(sectionId);
        SpecReferenceViews views = new SpecReferenceViews(anchors, descriptions);
        List<SpecFieldView> fields = spec.fields().stream().map(views::createField).toList();
        List<SpecOptionView> options = spec.options().stream().map(o -> views.createOption(o, "")).toList();
        List<SpecReferenceView.Stream> streams = spec.streams().names().stream()
                .map(s -> new SpecReferenceView.Stream(anchors.createStreamId(s.name()), s.name())).toList();
        return new SpecReferenceView(anchors.sectionId(), anchors.streamsId(), spec.file(), fields, options,
                spec.streams().status().label(), streams);
    }

    private SpecFieldView createField(SpecField f) {
        return createField(f, f.name());
    }

    /**
     * {@code label} is what the field is called on the page: its name, or for an array's items (which the spec
     * does not name; the model gives them their array's) the array's label and {@code []}, so
     * {@code streams[]} under "Each item of streams", at the anchor of its FieldAnchor path {@code streams.0}.
     */
    private SpecFieldView createField(SpecField f, String label) {
        String id = anchors.createFieldId(f.path());
        List<String> allowed = !f.enumValues().isEmpty() ? f.enumValues() : f.constValue().map(List::of).orElse(List.of());
        return new SpecFieldView(id, label, f.path(), f.title(), f.type(), f.required(), f.secret(),
                f.defaultValue(), allowed, descriptions.getOrDefault(f, ""),
                f.properties().stream().map(this::createField).toList(),
                f.options().stream().map(o -> createOption(o, f.path())).toList(),
                f.items().map(i -> createField(i, label + "[]")));
    }

    /** {@code fieldPath} is the path of the field the option belongs to; empty for a spec that is a oneOf. */
    private SpecOptionView createOption(SpecOption o, String fieldPath) {
        String id = anchors.createFieldId(fieldPath + "[" + o.value() + "]");
        return new SpecOptionView(id, o.discriminator(), o.value(), o.title(),
                o.fields().stream().map(this::createField).toList());
    }
}
