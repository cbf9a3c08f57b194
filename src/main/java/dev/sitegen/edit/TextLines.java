package dev.sitegen.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as lines that keep their own terminators ({@code \n}, {@code \r\n} or none on a last
 * line), so an edit changes the lines it means to and leaves every other byte as it was. Inserted
 * lines take the file's own line ending. One instance per edit; not shared.
 */
final class TextLines {

    private final List<String> lines;
    private final String newline;

    private TextLines(List<String> lines, String newline) {
        this.lines = lines;
        this.newline = newline;
    }

    static TextLines splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        String newline = lines.stream().filter(l -> l.endsWith("\n")).findFirst()
                .map(l -> l.endsWith("\r\n") ? "\r\n" : "\n").orElse("\n");
        return new TextLines(lines, newline);
    }

    String joinLines() {
        return String.join("", lines);
    }

    int size() {
        return lines.size();
    }

    /** Line {@code index} (0-based) without its terminator. */
    String content(int index) {
        String line = lines.get(index);
        return line.substring(0, line.length() - terminatorOf(line).length());
    }

    boolean isBlank(int index) {
        return content(index).isBlank();
    }

    /** The line ending this file uses: its first line's, else {@code \n}. */
    String newline() {
        return newline;
    }

    void replaceContent(int index, String content) {
        lines.set(index, content + terminatorOf(lines.get(index)));
    }

    /**
     * Inserts lines before line {@code index} ({@code size()} appends). Appending to a file whose last
     * line has no terminator keeps it that way: the new last line goes without one.
     */
    void insertLines(int index, List<String> contents) {
        boolean openEnd = index == lines.size() && !lines.isEmpty() && terminatorOf(lines.get(index - 1)).isEmpty();
        if (openEnd) {
            lines.set(index - 1, lines.get(index - 1) + newline);
        }
        List<String> added = new ArrayList<>();
        for (String content : contents) {
            added.add(content + newline);
        }
        if (openEnd && !added.isEmpty()) {
            String last = added.get(added.size() - 1);
            added.set(added.size() - 1, last.substring(0, last.length() - newline.length()));
        }
        lines.addAll(index, added);
    }

    /** Every line with its terminator, for the diff. */
    List<String> rawLines() {
        return List.copyOf(lines);
    }

    static String terminatorOf(String line) {
        if (line.endsWith("\r\n")) {
            return "\r\n";
        }
        return line.endsWith("\n") ? "\n" : "";
    }

    static int indentOf(String content) {
        int i = 0;
        while (i < content.length() && content.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
