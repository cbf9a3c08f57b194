package dev.sitegen.publish;

import java.nio.charset.StandardCharsets;

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

    /** {@code text} as an inline code span, fenced with enough backticks. */
    static String codeSpan(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** A site path percent-encoded for a link target (UTF-8, slashes kept). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || URL_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
