package dev.sitegen.model;

import java.util.Locale;

/** The maturity a connector declares with {@code releaseStage}. */
public enum ReleaseStage {
    ALPHA, BETA, GENERALLY_AVAILABLE, CUSTOM;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return this == GENERALLY_AVAILABLE ? "Generally available" : Words.capitalizeFirst(yamlName());
    }
}
