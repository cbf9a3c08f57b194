package dev.sitegen.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line-level view of a doc that the changelog and migration-guide parsers share: the doc's
 * lines, which of them are not markdown text (YAML front matter and fenced code, where a {@code #}
 * line is no heading) and the ATX headings. Plain char scanning, no regular expressions, so a
 * hostile doc costs linear time.
 */
final class ChangelogLines {

    /** An ATX heading: its level (1..6) and its text without the marks and a closing sequence. */
    record Heading(int level, String text) {
    }

    private final List<String> lines;
    private final boolean[] hidden;

    private ChangelogLines(List<String> lines, boolean[] hidden) {
        this.lines = lines;
        this.hidden = hidden;
    }

    static ChangelogLines splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(stripCarriageReturn(text.substring(start, i)));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(stripCarriageReturn(text.substring(start)));
        }
        boolean[] hidden = new boolean[lines.size()];
        int body = markFrontMatter(lines, hidden);
        markFencedCode(lines, hidden, body);
        return new ChangelogLines(List.copyOf(lines), hidden);
    }

    int size() {
        return lines.size();
    }

    /** Line {@code index} (0-based). */
    String line(int index) {
        return lines.get(index);
    }

    /** Whether line {@code index} is front matter or fenced code (never a heading or a table). */
    boolean isHidden(int index) {
        return hidden[index];
    }

    /** The heading on line {@code index}, unless the line is hidden or no ATX heading. */
    Optional<Heading> findHeading(int index) {
        return hidden[index] ? Optional.empty() : parseHeading(lines.get(index));
    }

    static Optional<Heading> parseHeading(String line) {
        int i = countLeadingSpaces(line);
        if (i > 3) {
            return Optional.empty();
        }
        int level = 0;
        while (i + level < line.length() && line.charAt(i + level) == '#') {
            level++;
        }
        int after = i + level;
        if (level == 0 || level > 6 || (after < line.length() && !isBlankChar(line.charAt(after)))) {
            return Optional.empty();
        }
        return Optional.of(new Heading(level, stripClosingHashes(line.substring(after).strip())));
    }

    /** Drops an optional closing sequence of {@code #} that follows a space (or is all there is). */
    private static String stripClosingHashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '#') {
            end--;
        }
        if (end == 0) {
            return "";
        }
        return end < text.length() && isBlankChar(text.charAt(end - 1)) ? text.substring(0, end).strip() : text;
    }

    /** Marks a leading {@code ---} ... {@code ---} block; returns the first line after it. */
    private static int markFrontMatter(List<String> lines, boolean[] hidden) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                for (int j = 0; j <= i; j++) {
                    hidden[j] = true;
                }
                return i + 1;
            }
        }
        return 0;
    }

    private static void markFencedCode(List<String> lines, boolean[] hidden, int from) {
        FenceTracker fences = new FenceTracker(FenceTracker.COMMONMARK_INDENT);
        for (int i = from; i < lines.size(); i++) {
            hidden[i] = fences.acceptLine(lines.get(i));
        }
    }

    static int countLeadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t';
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
