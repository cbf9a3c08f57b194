package dev.sitegen.model;

import java.util.Locale;

/** How a release moved the version relative to the one before it. */
public enum ReleaseKind {
    MAJOR, MINOR, PATCH, PRERELEASE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
