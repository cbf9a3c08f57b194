package dev.sitegen.cli;

import dev.sitegen.model.Severity;

/** The {@code --fail-on} levels: which diagnostics make a command exit 1. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), NEVER(Severity.OFF);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    Severity threshold() {
        return threshold;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
