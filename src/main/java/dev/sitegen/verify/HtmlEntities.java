package dev.sitegen.verify;

/**
 * Decodes the character references found in attribute values: the named ones templates and
 * sanitizers write ({@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}, {@code &apos;},
 * {@code &nbsp;}) and numeric ones ({@code &#39;}, {@code &#x27;}). Others stay as written.
 */
final class HtmlEntities {

    /** Longest reference looked at, {@code &#x10FFFF;} included. */
    private static final int MAX_REFERENCE = 10;

    private HtmlEntities() {
    }

    static String decodeEntities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            int decoded = semi > amp && semi - amp <= MAX_REFERENCE ? decodeReference(s.substring(amp + 1, semi)) : -1;
            if (decoded >= 0) {
                out.appendCodePoint(decoded);
                i = semi + 1;
            } else {
                out.append('&');
                i = amp + 1;
            }
            amp = s.indexOf('&', i);
        }
        return out.append(s, i, s.length()).toString();
    }

    /** The code point of {@code name} (between {@code &} and {@code ;}), or -1. */
    private static int decodeReference(String name) {
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            case "nbsp" -> '\u00a0';
            default -> decodeNumeric(name);
        };
    }

    private static int decodeNumeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty()) {
            return -1;
        }
        try {
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            return Character.isValidCodePoint(cp) ? cp : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
