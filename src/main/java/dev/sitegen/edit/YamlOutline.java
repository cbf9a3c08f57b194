package dev.sitegen.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block structure of a YAML file, read from indentation alone: which line holds a key, which
 * keys sit directly below it and where its block ends. Just enough to place a new key next to its
 * siblings; values are read by {@code load}. Comments never end a block, and a {@code - item} at its
 * key's own indentation (a flush sequence) belongs to the key.
 */
final class YamlOutline {

    /** A mapping key: its name (unquoted), 0-based line and indentation. */
    record Key(String name, int line, int indent) {
    }

    private final TextLines lines;

    YamlOutline(TextLines lines) {
        this.lines = lines;
    }

    Optional<Key> findTopKey(String name) {
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.content(i);
            if (TextLines.indentOf(content) == 0 && readKey(content).filter(name::equals).isPresent()) {
                return Optional.of(new Key(name, i, 0));
            }
        }
        return Optional.empty();
    }

    /** The keys directly below {@code parent}, in written order. */
    List<Key> listChildren(Key parent) {
        List<Key> out = new ArrayList<>();
        int end = findEnd(parent);
        int indent = -1;
        for (int i = parent.line() + 1; i < end; i++) {
            String content = lines.content(i);
            if (isComment(content) || content.isBlank()) {
                continue;
            }
            int here = TextLines.indentOf(content);
            indent = indent < 0 ? here : indent;
            if (here == indent) {
                int line = i;
                readKey(content).ifPresent(k -> out.add(new Key(k, line, here)));
            }
        }
        return out;
    }

    Optional<Key> findChild(Key parent, String name) {
        return listChildren(parent).stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The indentation of {@code parent}'s children: the written one, else one {@code unit} deeper. */
    int findChildIndent(Key parent, int unit) {
        List<Key> children = listChildren(parent);
        return children.isEmpty() ? parent.indent() + unit : children.get(0).indent();
    }

    /** The line after the last line of {@code key}'s block (trailing blank lines and comments excluded). */
    int findEnd(Key key) {
        int end = key.line() + 1;
        for (int i = key.line() + 1; i < lines.size(); i++) {
            String content = lines.content(i);
            if (content.isBlank()) {
                continue;
            }
            int indent = TextLines.indentOf(content);
            boolean flushItem = indent == key.indent() && content.startsWith("-", indent);
            if (indent > key.indent() || flushItem) {
                end = i + 1;
            } else if (!isComment(content)) {
                break;
            }
        }
        return end;
    }

    /** What follows the key's colon on its own line, comment dropped: "" for a block. */
    String findInlineValue(Key key) {
        String content = lines.content(key.line());
        int colon = findColon(content, key.indent());
        String rest = colon < 0 ? "" : content.substring(colon + 1);
        int hash = rest.indexOf(" #");
        return (hash >= 0 ? rest.substring(0, hash) : rest).strip();
    }

    /** Drops an empty flow value ({@code {}}, {@code []}) or null after the key, so children can follow. */
    void clearEmptyValue(Key key) {
        String content = lines.content(key.line());
        int colon = findColon(content, key.indent());
        lines.replaceContent(key.line(), content.substring(0, colon + 1));
    }

    /** The line a new sibling should go above {@code key} at: above the comment lines right over it. */
    int findLeadingCommentStart(Key key) {
        int line = key.line();
        while (line > 0 && isComment(lines.content(line - 1))) {
            line--;
        }
        return line;
    }

    static boolean isEmptyValue(String inline) {
        return inline.isEmpty() || inline.equals("{}") || inline.equals("[]") || inline.equals("~")
                || inline.equals("null");
    }

    /** The key a {@code key: ...} line starts with (quotes removed); empty for items, comments, text. */
    static Optional<String> readKey(String content) {
        int indent = TextLines.indentOf(content);
        int colon = findColon(content, indent);
        if (colon <= indent) {
            return Optional.empty();
        }
        String key = content.substring(indent, colon).strip();
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.endsWith(key.substring(0, 1))) {
            key = key.substring(1, key.length() - 1);
        }
        return Optional.of(key);
    }

    /** The colon ending a key that starts at {@code from}: followed by a space or the line's end. */
    private static int findColon(String content, int from) {
        if (from >= content.length() || "-#[{\"'".indexOf(content.charAt(from)) >= 0 && !isQuotedKey(content, from)) {
            return -1;
        }
        for (int i = from; i < content.length(); i++) {
            if (content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuotedKey(String content, int from) {
        char q = content.charAt(from);
        return (q == '"' || q == '\'') && content.indexOf(q, from + 1) > from;
    }

    static boolean isComment(String content) {
        return content.strip().startsWith("#");
    }
}
