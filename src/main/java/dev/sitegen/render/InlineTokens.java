package dev.sitegen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a changelog subject into text, {@code `code`} spans and {@code [text](http...)} links by
 * scanning characters once (no regex: subjects come from pull requests). Links to anything but
 * http(s) stay text.
 */
final class InlineTokens {

    private InlineTokens() {
    }

    static List<InlineToken> tokenize(String subject) {
        List<InlineToken> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < subject.length()) {
            char c = subject.charAt(i);
            int end;
            if (c == '`' && (end = subject.indexOf('`', i + 1)) > i + 1) {
                flush(text, out);
                out.add(InlineToken.code(subject.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '[' && (end = findLinkEnd(subject, i)) > 0) {
                int close = subject.indexOf("](", i);
                String label = subject.substring(i + 1, close);
                String href = subject.substring(close + 2, end).strip();
                flush(text, out);
                out.add(href.startsWith("https://") || href.startsWith("http://")
                        ? InlineToken.link(label, href) : InlineToken.text(label));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, out);
        return out;
    }

    /** Index of the ')' closing a {@code [label](href)} starting at {@code open}, or -1. */
    private static int findLinkEnd(String s, int open) {
        int close = s.indexOf("](", open);
        if (close < 0 || s.indexOf('[', open + 1) > -1 && s.indexOf('[', open + 1) < close) {
            return -1;
        }
        return s.indexOf(')', close + 2);
    }

    private static void flush(StringBuilder text, List<InlineToken> out) {
        if (text.length() > 0) {
            out.add(InlineToken.text(text.toString()));
            text.setLength(0);
        }
    }
}
