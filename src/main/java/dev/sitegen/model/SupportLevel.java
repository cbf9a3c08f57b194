package dev.sitegen.model;

import java.util.Locale;

/** Who maintains a connector, as declared by {@code supportLevel}; absent means community. */
public enum SupportLevel {
    COMMUNITY, CERTIFIED, ARCHIVED;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return Words.capitalizeFirst(yamlName());
    }
}
