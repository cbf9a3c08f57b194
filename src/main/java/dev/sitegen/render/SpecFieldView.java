package dev.sitegen.render;

import java.util.List;
import java.util.Optional;

/**
 * One field of a Reference section: its anchor, name (for an array's items, the array's name and {@code []}),
 * FieldAnchor path, title, type, flags, default, the values it allows ({@code enum}, or its {@code const}), its
 * description as sanitized HTML (empty when it has none), and what nests under it: its properties, its options
 * and its array items.
 */
public record SpecFieldView(String id, String name, String path, String title, String type, boolean required,
                            boolean secret, Optional<String> defaultValue, List<String> allowedValues,
                            String descriptionHtml, List<SpecFieldView> properties, List<SpecOptionView> options,
                            Optional<SpecFieldView> items) {

    /** Whether anything nests under the field, so the template opens a nested list. */
    public boolean nested() {
        return !properties.isEmpty() || !options.isEmpty() || items.isPresent();
    }
}
