package dev.sitegen.load;

import java.util.Optional;
import java.util.Set;

/**
 * Blanks the lines of a block-style YAML manifest that a spec and stream list never use, keeping every
 * line in its place so positions stay true: the top-level sections other than those kept, and below them
 * the subtrees under the keys skipped (a key line and every deeper, blank or comment line after it, and the
 * items of a list written at the key's own indentation). A
 * YAML tokenizer costs about the same per character whatever it builds, and a declarative manifest is
 * mostly stream schemas and request setup, so this is what keeps reading specs cheap. One linear pass;
 * empty when the text does not look like a block mapping at the top (then it is read whole).
 */
final class ManifestLines {

    private ManifestLines() {
    }

    static Optional<String> blankUnneeded(String text, Set<String> keptTopLevel, Set<String> skipped) {
        StringBuilder out = new StringBuilder(text.length() / 4);
        boolean keeping = true;
        boolean inSpec = false;
        boolean sawKey = false;
        int skipIndent = -1;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? length : end + 1;
            int indent = 0;
            while (start + indent < length && text.charAt(start + indent) == ' ') {
                indent++;
            }
            int content = start + indent;
            char first = content < length ? text.charAt(content) : '\n';
            // blank and comment lines (or block scalar lines that look like comments) end nothing
            boolean quiet = first == '\n' || first == '\r' || first == '#';
            boolean dash = first == '-' && content + 1 < length && (text.charAt(content + 1) == ' '
                    || text.charAt(content + 1) == '\n');
            if (!quiet && indent == 0 && !dash) {
                if (text.startsWith("---", start) || text.startsWith("...", start)) {
                    out.append(text, start, next);
                    start = next;
                    continue;
                }
                String key = readKey(text, start, next);
                if (key == null) {
                    // a top-level flow mapping, a list, or a scalar continued at column 0: read it whole
                    return Optional.empty();
                }
                sawKey = true;
                keeping = keptTopLevel.contains(key);
                inSpec = key.equals("spec");
                skipIndent = -1;
            } else if (!quiet && keeping && !inSpec
                    && (skipIndent < 0 || indent < skipIndent || indent == skipIndent && !dash)) {
                // the connection specification is never cut: a field may well be named 'requester'; a list
                // item's key ("- retriever:") sits two columns in, and items of a list written at its key's
                // indentation stay with the key
                int keyAt = dash ? content + 2 : content;
                String key = readKey(text, keyAt, next);
                skipIndent = key != null && skipped.contains(key) ? keyAt - start : -1;
            }
            if (keeping && dash && skipIndent == indent + 2) {
                // the item goes on below its skipped first key: its dash stays
                out.append(text, start, content + 1).append(end < 0 ? "" : "\n");
            } else if (!keeping || skipIndent >= 0) {
                out.append(end < 0 ? "" : "\n");
            } else {
                out.append(text, start, next);
            }
            start = next;
        }
        return sawKey ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The plain key a line (from {@code from}) starts with, when it is {@code key:} followed by space or end. */
    private static String readKey(String text, int from, int next) {
        int i = from;
        while (i < next) {
            char c = text.charAt(i);
            if (c == ':') {
                boolean ends = i + 1 >= next || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n'
                        || text.charAt(i + 1) == '\r';
                return ends && i > from ? text.substring(from, i) : null;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '.')) {
                return null;
            }
            i++;
        }
        return null;
    }
}
