package dev.sitegen.model;

import java.util.Locale;

/** Whether a connector reads data (source) or writes it (destination). */
public enum ConnectorType {
    SOURCE, DESTINATION;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The docs folder name: {@code sources} or {@code destinations}. */
    public String plural() {
        return yamlName() + "s";
    }
}
