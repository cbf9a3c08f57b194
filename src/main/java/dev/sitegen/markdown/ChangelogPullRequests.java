package dev.sitegen.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the pull-request cell of a changelog row. With a markdown link (the first one when there
 * are several) the number is the link label's ({@code [8824](.../pull/8905)} gives 8824 and the
 * URL as written, so a check can see they disagree); labels such as {@code #123}, {@code \#123}
 * and {@code PR#123} count as numbers. Without a link, a bare number ({@code 123}, {@code #123})
 * is the number, and a bare URL is the URL with the number after its {@code /pull/}.
 */
final class ChangelogPullRequests {

    /** What the cell says: the PR number and the link target, each when present. */
    record PullRequest(Optional<Integer> number, Optional<String> url) {
    }

    /** Bounds the work on a hostile cell full of brackets: each try scans the rest of the cell. */
    private static final int MAX_TRIES = 8;

    private ChangelogPullRequests() {
    }

    static PullRequest parsePullRequest(String cell) {
        int open = cell.indexOf('[');
        for (int tries = 0; open >= 0 && tries < MAX_TRIES; tries++) {
            Optional<PullRequest> link = readLink(cell, open);
            if (link.isPresent()) {
                return link.get();
            }
            open = cell.indexOf('[', open + 1);
        }
        return readBare(cell.strip());
    }

    /** The link {@code [label](url)} starting at {@code open}, if one does. */
    private static Optional<PullRequest> readLink(String cell, int open) {
        int close = findClosing(cell, open, '[', ']');
        if (close < 0 || close + 1 >= cell.length() || cell.charAt(close + 1) != '(') {
            return Optional.empty();
        }
        int end = findClosing(cell, close + 1, '(', ')');
        if (end < 0) {
            return Optional.empty();
        }
        String label = cell.substring(open + 1, close);
        return Optional.of(new PullRequest(readNumber(label), Optional.of(cleanUrl(cell.substring(close + 2, end)))));
    }

    private static PullRequest readBare(String cell) {
        String t = cell.startsWith("<") && cell.endsWith(">") ? cell.substring(1, cell.length() - 1) : cell;
        if (t.startsWith("https://") || t.startsWith("http://")) {
            int pull = t.lastIndexOf("/pull/");
            Optional<Integer> number = pull < 0 ? Optional.empty() : readNumber(trimPath(t.substring(pull + 6)));
            return new PullRequest(number, Optional.of(t));
        }
        return new PullRequest(readNumber(t), Optional.empty());
    }

    /** The number a label or cell stands for: digits, optionally after {@code #} or {@code PR}. */
    static Optional<Integer> readNumber(String text) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\#`*()[] \t".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        String s = kept.toString();
        if (s.toLowerCase(Locale.ROOT).startsWith("pr")) {
            s = s.substring(2);
        }
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(s));
    }

    /** The index of the bracket closing the one at {@code open}, honouring nesting and escapes; -1 if none. */
    static int findClosing(String s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The link destination without a title or angle brackets. */
    private static String cleanUrl(String inside) {
        String t = inside.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space);
        }
        return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
    }

    private static String trimPath(String afterPull) {
        int slash = afterPull.indexOf('/');
        return slash < 0 ? afterPull : afterPull.substring(0, slash);
    }
}
