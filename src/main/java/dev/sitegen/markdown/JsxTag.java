package dev.sitegen.markdown;

import java.util.Optional;

/**
 * One HTML or JSX tag read from a line: {@code <Name attr="v">}, {@code </Name>} or
 * {@code <Name ... />}. A linear scan that honours quotes and JSX {@code {...}} expressions, so a
 * {@code >} inside them does not end the tag.
 *
 * @param name the tag name as written
 * @param closing {@code </Name>}
 * @param selfClosing {@code <Name />}
 * @param attrStart start of the attribute text in the scanned line
 * @param attrEnd end of the attribute text
 * @param end index just past the closing {@code >}
 */
record JsxTag(String name, boolean closing, boolean selfClosing, int attrStart, int attrEnd, int end) {

    /** Reads the tag starting at {@code from} (a {@code <}) and ending before {@code limit}. */
    static Optional<JsxTag> readTag(CharSequence s, int from, int limit) {
        int i = from + 1;
        boolean closing = i < limit && s.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        if (i >= limit || !Character.isLetter(s.charAt(i))) {
            return Optional.empty();
        }
        while (i < limit && isNameChar(s.charAt(i))) {
            i++;
        }
        String name = s.subSequence(nameStart, i).toString();
        int close = findTagEnd(s, i, limit);
        if (close < 0) {
            return Optional.empty();
        }
        int last = close - 1;
        while (last >= i && Character.isWhitespace(s.charAt(last))) {
            last--;
        }
        boolean selfClosing = last >= i && s.charAt(last) == '/';
        int attrEnd = selfClosing ? last : close;
        return Optional.of(new JsxTag(name, closing, selfClosing, i, attrEnd, close + 1));
    }

    /** The value of {@code attr="..."} (or single-quoted) in this tag, when it has one. */
    Optional<String> findAttribute(CharSequence s, String attr) {
        return findAttributeValue(s, attr).map(at -> s.subSequence(at, findValueEnd(s, at)).toString());
    }

    /**
     * Where the quoted value of {@code attr} starts in {@code s} (just past the opening quote), so
     * a caller can place what it reads inside the value.
     */
    Optional<Integer> findAttributeValue(CharSequence s, String attr) {
        String text = s.subSequence(attrStart, attrEnd).toString();
        int at = 0;
        while ((at = text.indexOf(attr, at)) >= 0) {
            int eq = FenceTracker.skipSpaces(text, at + attr.length());
            boolean wordStart = at == 0 || Character.isWhitespace(text.charAt(at - 1));
            if (wordStart && eq < text.length() && text.charAt(eq) == '=') {
                int q = FenceTracker.skipSpaces(text, eq + 1);
                if (q < text.length() && (text.charAt(q) == '"' || text.charAt(q) == '\'')) {
                    int endQuote = text.indexOf(text.charAt(q), q + 1);
                    if (endQuote > q) {
                        return Optional.of(attrStart + q + 1);
                    }
                }
            }
            at += attr.length();
        }
        return Optional.empty();
    }

    /** The index of the quote closing the value that starts at {@code valueStart}. */
    private static int findValueEnd(CharSequence s, int valueStart) {
        char quote = s.charAt(valueStart - 1);
        int i = valueStart;
        while (s.charAt(i) != quote) {
            i++;
        }
        return i;
    }

    boolean hasBareAttribute(CharSequence s, String attr) {
        String text = s.subSequence(attrStart, attrEnd).toString().strip();
        for (String word : text.split("\\s+")) {
            if (word.equals(attr)) {
                return true;
            }
        }
        return false;
    }

    boolean isComponent() {
        return Character.isUpperCase(name.charAt(0));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':';
    }

    /** Index of the {@code >} ending the tag, skipping quoted strings and braced expressions. */
    private static int findTagEnd(CharSequence s, int from, int limit) {
        char quote = 0;
        int braces = 0;
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'' || (c == '`' && braces > 0)) {
                quote = c;
            } else if (c == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            } else if (c == '>' && braces == 0) {
                return i;
            }
        }
        return -1;
    }
}
