package dev.sitegen.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading ids: lower case, every character that is not a letter, digit, space, hyphen
 * or underscore dropped (so dots go: "Upgrading to 3.0.0" becomes {@code upgrading-to-300}), each
 * space a hyphen. Repeats on a page get {@code -1}, {@code -2}... One instance per page.
 */
public final class HeadingSlugs {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The slug of {@code text}, without de-duplication. */
    public static String slugify(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                out.appendCodePoint(cp);
            } else if (cp == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }

    /**
     * The page-unique id for a heading: its slug, suffixed when the slug was already used. A
     * heading with no letters or digits gets {@code section}, since an empty id is no anchor.
     */
    public String createId(String text) {
        String slug = slugify(text);
        return reserveId(slug.isEmpty() ? "section" : slug);
    }

    /** Claims {@code id} (a custom or generated one) on this page, suffixing it if already taken. */
    public String reserveId(String id) {
        Integer count = seen.get(id);
        if (count == null) {
            seen.put(id, 0);
            return id;
        }
        String candidate;
        do {
            count++;
            candidate = id + "-" + count;
        } while (seen.containsKey(candidate));
        seen.put(id, count);
        seen.put(candidate, 0);
        return candidate;
    }
}
