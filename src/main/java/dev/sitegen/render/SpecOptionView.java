package dev.sitegen.render;

import java.util.List;

/**
 * One option of a field's {@code oneOf} in a Reference section: its anchor, the discriminator and the value
 * that select it (the discriminator is empty when the option is known by its title), its title and fields.
 */
public record SpecOptionView(String id, String discriminator, String value, String title,
                             List<SpecFieldView> fields) {
}
