package dev.sitegen.model;

import java.util.List;

/**
 * One member of a field's {@code oneOf}: the property that tells the options apart ({@code discriminator},
 * e.g. {@code auth_type}; empty when the member has none and is known by its title), the value that selects
 * it ({@code value}: the property's {@code const}, else its only {@code enum} value, else the title), its
 * title and its fields, whose paths run through {@code <field>[value]}. {@code closed}: its
 * {@code additionalProperties} is {@code false}.
 */
public record SpecOption(String discriminator, String value, String title, List<SpecField> fields,
                         boolean closed, SourcePos pos) {

    public SpecOption {
        fields = List.copyOf(fields);
    }
}
