package dev.sitegen.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises changelog headings. A heading whose text starts with {@code Changelog} (any case, any
 * level) opens a changelog; what follows may name the connector folder the table belongs to when
 * the doc is shared: {@code Changelog: source-foo}, {@code Changelog - source-foo},
 * {@code Changelog (source-foo)}, {@code Changelog for `source-foo`}, {@code Changelog source-foo}.
 * A bare changelog heading may instead have one subheading per connector, {@code ### source-foo}
 * ({@link #findFolderHeading}). Only a single word with a
 * hyphen counts as such a scope, so {@code Changelog (deprecated)} stays unscoped.
 */
final class ChangelogHeadings {

    private static final String WORD = "changelog";

    private ChangelogHeadings() {
    }

    static boolean isChangelog(String headingText) {
        return headingText.strip().toLowerCase(Locale.ROOT).startsWith(WORD);
    }

    /** The connector folder a changelog heading is scoped to, if it names one. */
    static Optional<String> findScope(String headingText) {
        String text = dropCustomId(headingText.strip());
        if (!isChangelog(text)) {
            return Optional.empty();
        }
        String rest = trimSeparators(text.substring(WORD.length()));
        if (rest.toLowerCase(Locale.ROOT).startsWith("for ")) {
            rest = trimSeparators(rest.substring(4));
        }
        return isFolderName(rest) ? Optional.of(rest) : Optional.empty();
    }

    /**
     * The connector folder a heading consists of ({@code ### source-foo}, {@code ### `source-foo`}),
     * the subheading under a bare {@code ## CHANGELOG} in older shared docs.
     */
    static Optional<String> findFolderHeading(String headingText) {
        String text = trimSeparators(dropCustomId(headingText.strip()));
        return isFolderName(text) ? Optional.of(text) : Optional.empty();
    }

    /** Drops a trailing {@code {#custom-id}}. */
    private static String dropCustomId(String text) {
        int brace = text.lastIndexOf("{#");
        return brace >= 0 && text.endsWith("}") ? text.substring(0, brace).strip() : text;
    }

    /** Strips separators, backticks, emphasis and brackets from both ends. */
    private static String trimSeparators(String s) {
        String marks = ":-–—()[]`*_ \t";
        int from = 0;
        int to = s.length();
        while (from < to && marks.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && marks.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isFolderName(String s) {
        if (s.isEmpty() || s.indexOf('-') < 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
