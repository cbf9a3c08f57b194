package dev.sitegen.publish;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Escaping for text put into markdown: table cells, code spans and URL paths. */
final class MarkdownText {

    private static final String CELL_SPECIALS = "\\|`*_[]<>#~";
    private static final String URL_SAFE = "-._~/!$&'*+,;=:@";

    private MarkdownText() {
    }

    /** Text for a table cell: markdown punctuation backslash-escaped, line breaks as spaces. */
    static String escapeCell(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if (CELL_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code text} as an inline code span: fenced with one backtick more than its longest run of them, line
     * breaks as spaces (a span cannot hold one, and a line starting with {@code #} after it would be a heading).
     */
    static String codeSpan(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        int longest = 0;
        for (int i = 0, run = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** A site path percent-encoded for a link target (UTF-8, slashes kept). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || URL_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
