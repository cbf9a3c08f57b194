package dev.sitegen.model;

import java.util.Locale;
import java.util.Optional;

/** How much a diagnostic matters; {@code OFF} disables a rule entirely. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> findByLabel(String label) {
        for (Severity s : values()) {
            if (s.label().equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
