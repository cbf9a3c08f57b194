package dev.sitegen.edit;

import java.util.Locale;

/**
 * Which version a bump moves to. {@code RC} makes the next release candidate ({@code 1.4.0-rc.1} to
 * {@code 1.4.0-rc.2}, {@code 1.3.2} to {@code 1.3.3-rc.1}); {@code RELEASE} promotes a candidate to
 * its release ({@code 1.4.0-rc.2} to {@code 1.4.0}).
 */
public enum BumpKind {
    PATCH, MINOR, MAJOR, RC, RELEASE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
