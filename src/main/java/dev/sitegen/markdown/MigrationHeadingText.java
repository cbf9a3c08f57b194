package dev.sitegen.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The text a reader sees in a heading, which is what its slug id is made from: links and images
 * become their label, code and emphasis marks ({@code `}, {@code *}) and HTML tags go, backslash
 * escapes resolve, and an MDX custom id {@code {#id}} at the end is split off. Char scanning only;
 * a hostile heading costs at most a bounded number of scans.
 */
record MigrationHeadingText(String text, Optional<String> customId) {

    private static final int MAX_LINKS = 16;

    static MigrationHeadingText readHeading(String markdown) {
        String t = markdown.strip();
        Optional<String> customId = Optional.empty();
        int brace = t.lastIndexOf("{#");
        if (brace >= 0 && t.endsWith("}") && t.length() - brace > 3) {
            customId = Optional.of(t.substring(brace + 2, t.length() - 1).strip());
            t = t.substring(0, brace);
        }
        return new MigrationHeadingText(toPlainText(t).strip(), customId);
    }

    static String toPlainText(String md) {
        StringBuilder out = new StringBuilder(md.length());
        Deque<int[]> urls = new ArrayDeque<>();
        int links = 0;
        int i = 0;
        while (i < md.length()) {
            char c = md.charAt(i);
            int next = i + 1;
            while (!urls.isEmpty() && urls.peek()[0] < i) {
                urls.pop();
            }
            if (!urls.isEmpty() && urls.peek()[0] == i) {
                next = urls.pop()[1] + 1;
            } else if (c == '\\' && next < md.length() && isPunctuation(md.charAt(next))) {
                out.append(md.charAt(next));
                next++;
            } else if (c == '[' && links++ < MAX_LINKS && pushLinkTarget(md, i, urls)) {
                // the label is read on as text; its ](url) is skipped when reached
            } else if (c == '<' && findTagEnd(md, i) > 0) {
                next = findTagEnd(md, i) + 1;
            } else if (c != '`' && c != '*' && !(c == '!' && next < md.length() && md.charAt(next) == '[')) {
                out.append(c);
            }
            i = next;
        }
        return out.toString();
    }

    /** Whether a link {@code [label](url)} opens at {@code open}; if so, remembers to skip its {@code ](url)}. */
    private static boolean pushLinkTarget(String md, int open, Deque<int[]> urls) {
        int end = findLinkEnd(md, open);
        if (end > 0) {
            urls.push(new int[] {ChangelogPullRequests.findClosing(md, open, '[', ']'), end});
        }
        return end > 0;
    }

    /** The index of the {@code )} ending the link {@code [label](url)} that opens at {@code open}; -1 if none. */
    private static int findLinkEnd(String s, int open) {
        int close = ChangelogPullRequests.findClosing(s, open, '[', ']');
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return -1;
        }
        return ChangelogPullRequests.findClosing(s, close + 1, '(', ')');
    }

    /** The {@code >} of an HTML tag opening at {@code open} ({@code <x...>} or {@code </x>}); -1 if none. */
    private static int findTagEnd(String s, int open) {
        int first = open + 1;
        if (first >= s.length() || !(Character.isLetter(s.charAt(first)) || s.charAt(first) == '/')) {
            return -1;
        }
        for (int i = first; i < s.length(); i++) {
            if (s.charAt(i) == '>') {
                return i;
            }
            if (s.charAt(i) == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
