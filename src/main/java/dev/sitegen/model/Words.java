package dev.sitegen.model;

import java.util.Locale;

/** The one way a label is made from a lower-case word or phrase: its first letter upper-cased. */
public final class Words {

    private Words() {
    }

    /** {@code sources} reads {@code Sources}, {@code generally available} {@code Generally available}. */
    public static String capitalizeFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
