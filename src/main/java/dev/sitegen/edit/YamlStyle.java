package dev.sitegen.edit;

import java.util.Optional;

/**
 * How a metadata file writes the things a bump adds, learned from the file itself: the indentation
 * unit (its {@code data:} children's), whether list items are indented below their key, how its
 * upgrade deadlines are quoted ({@code "} when it has none yet) and whether its breaking-change
 * messages are single-quoted (else a new message is double-quoted, which can say anything).
 */
record YamlStyle(int unit, boolean indentedSequences, String deadlineQuote, boolean singleQuotedMessages) {

    static Optional<YamlStyle> detectStyle(TextLines lines, YamlOutline.Key data, YamlOutline outline) {
        int unit = outline.findChildIndent(data, 0);
        if (unit <= 0 || outline.listChildren(data).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new YamlStyle(unit, detectSequenceIndent(lines), detectQuote(lines, "upgradeDeadline:", "\""),
                detectQuote(lines, "message:", "\"").equals("'")));
    }

    String makeIndent(int width) {
        return " ".repeat(width);
    }

    /** The sequence indentation of the first {@code - item} right under a {@code key:}; indented when none. */
    private static boolean detectSequenceIndent(TextLines lines) {
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.content(i);
            if (content.isBlank() || YamlOutline.isComment(content)) {
                continue;
            }
            if (content.strip().startsWith("-") && previous.stripTrailing().endsWith(":")) {
                return TextLines.indentOf(content) > TextLines.indentOf(previous);
            }
            previous = content;
        }
        return true;
    }

    /** The quote of the first {@code key: value} line's value ("" for plain), else {@code fallback}. */
    private static String detectQuote(TextLines lines, String key, String fallback) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.content(i).strip();
            if (t.startsWith(key) && !t.substring(key.length()).isBlank()) {
                String value = t.substring(key.length()).strip();
                return value.startsWith("\"") || value.startsWith("'") ? value.substring(0, 1) : "";
            }
        }
        return fallback;
    }

    /** A message as this file quotes them: single quotes when it does and the text fits on one line. */
    String quoteMessage(String text) {
        if (singleQuotedMessages && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return "'" + text.replace("'", "''") + "'";
        }
        return quoteDouble(text);
    }

    /** A YAML double-quoted scalar of {@code text}. */
    static String quoteDouble(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
