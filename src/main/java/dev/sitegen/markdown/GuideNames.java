package dev.sitegen.markdown;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The texts a migration guide writes as names: each code span's text, each whole table cell and each whole
 * heading, outside front matter and fenced code. A guide names a stream it removes so ({@code The `users`
 * stream was removed}, a table of streams, a heading per stream); a word of its prose is no name (a stream
 * called {@code users} is not named by "users of this connector").
 */
final class GuideNames {

    private GuideNames() {
    }

    static SortedSet<String> collectNames(ChangelogLines lines) {
        SortedSet<String> names = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isHidden(i)) {
                continue;
            }
            String line = lines.line(i);
            lines.findHeading(i).ifPresent(h -> addName(h.text(), names));
            TableCells row = TableCells.splitRow(line);
            if (row.hasPipe()) {
                row.trimCells(line).stream().filter(cell -> !isDelimiterCell(cell)).forEach(cell -> addName(cell, names));
            }
            addCodeSpans(line, names);
        }
        return Collections.unmodifiableSortedSet(names);
    }

    private static void addCodeSpans(String line, SortedSet<String> names) {
        if (line.indexOf('`') < 0) {
            return;
        }
        CodeSpans spans = CodeSpans.indexLine(line);
        int i = line.indexOf('`');
        while (i >= 0) {
            int run = CodeSpans.countBackticks(line, i);
            int end = spans.skipSpan(i);
            if (end > i + run) {
                addName(line.substring(i + run, end - run), names);
            }
            i = line.indexOf('`', end);
        }
    }

    /** A cell of the row under a table's header ({@code ---}, {@code :-:}). */
    private static boolean isDelimiterCell(String cell) {
        return cell.chars().allMatch(ch -> ch == '-' || ch == ':');
    }

    private static void addName(String text, SortedSet<String> names) {
        String name = text.strip();
        if (!name.isEmpty()) {
            names.add(name);
        }
    }
}
