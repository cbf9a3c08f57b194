package dev.sitegen.model;

import java.util.Locale;

/** The kind of system a connector talks to, as declared by {@code connectorSubtype}. */
public enum ConnectorSubtype {
    API, DATABASE, DATALAKE, FILE, CUSTOM, MESSAGE_QUEUE, UNKNOWN, VECTORSTORE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
