package dev.sitegen.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one word normalizer of full-text search, the same function as {@code normalize} in search.js
 * (the contract is {@code search-format}; both are held to {@code search/normalize-vectors.tsv}):
 * accents folded and case lowered, words split at anything that is no letter or decimal digit, stop
 * words dropped, simple English plurals and {@code -ing} forms stemmed. Index and query agree only
 * because both sides run exactly these steps, so nothing here may be smarter than the script.
 */
public final class SearchWords {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "can",
            "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their",
            "then", "there", "these", "this", "to", "was", "will", "with", "you", "your");

    private SearchWords() {
    }

    /** The terms of {@code text}, in order, repeats kept. */
    public static List<String> normalize(String text) {
        List<String> terms = new ArrayList<>();
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean word = i < folded.length() && isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addTerm(folded.substring(start, i), terms);
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(cp) : 1;
        }
        return terms;
    }

    private static void addTerm(String token, List<String> terms) {
        if (!STOP_WORDS.contains(token)) {
            terms.add(stem(token));
        }
    }

    /** NFKD, combining marks (category Mn) dropped, lower case. */
    private static String fold(String text) {
        if (isAscii(text)) {
            // ASCII is its own NFKD and has no combining marks: most docs skip the costly normalizer
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Plural first, then {@code -ing}; words with a digit or of three chars or fewer stay. */
    static String stem(String token) {
        if (length(token) <= 3 || token.codePoints().anyMatch(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)) {
            return token;
        }
        String t = dropPlural(token);
        if (t.endsWith("ing") && length(t) >= 6) {
            String base = t.substring(0, t.length() - 3);
            if (length(base) >= 3 && base.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0)) {
                int[] cps = base.codePoints().toArray();
                int last = cps[cps.length - 1];
                if (last == cps[cps.length - 2] && "aeiouylsz".indexOf(last) < 0) {
                    base = base.substring(0, base.length() - Character.charCount(last));
                }
                t = base;
            }
        }
        return t;
    }

    /** Lengths count code points, as the reference implementation does. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String dropPlural(String t) {
        if (t.endsWith("ies") && length(t) > 4) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.endsWith("sses") || t.endsWith("xes") || t.endsWith("ches") || t.endsWith("shes")) {
            return t.substring(0, t.length() - 2);
        }
        if (t.endsWith("ss") || t.endsWith("us") || (t.endsWith("is") && length(t) >= 5)) {
            return t;
        }
        return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    }
}
