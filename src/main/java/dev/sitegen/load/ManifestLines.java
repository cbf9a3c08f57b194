package dev.sitegen.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    /** {@link #blankUnneeded(byte[], Set, Set)} for text. */
    static Optional<String> blankUnneeded(String text, Set<String> keptTopLevel, Set<String> skipped) {
        return blankUnneeded(text.getBytes(StandardCharsets.UTF_8), keptTopLevel, skipped)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * Works on the file's bytes, before decoding: every byte YAML structure is made of here is ASCII, and
     * a UTF-8 sequence never contains one, so most of a manifest is never decoded at all.
     */
    static Optional<byte[]> blankUnneeded(byte[] text, Set<String> keptTopLevel, Set<String> skipped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 8);
        boolean keeping = true;
        boolean inSpec = false;
        boolean sawKey = false;
        int skipIndent = -1;
        int start = 0;
        int length = text.length;
        while (start < length) {
            int end = start;
            while (end < length && text[end] != '\n') {
                end++;
            }
            int next = end < length ? end + 1 : length;
            int content = start;
            while (content < end && text[content] == ' ') {
                content++;
            }
            int indent = content - start;
            byte first = content < end ? text[content] : (byte) '\n';
            // blank and comment lines (or block scalar lines that look like comments) end nothing
            boolean quiet = first == '\n' || first == '\r' || first == '#';
            boolean dash = first == '-' && (content + 1 >= end || text[content + 1] == ' ' || text[content + 1] == '\r');
            if (!quiet && indent == 0 && !dash) {
                if (startsWith(text, start, end, "---") || startsWith(text, start, end, "...")) {
                    out.write(text, start, next - start);
                    start = next;
                    continue;
                }
                String key = readKey(text, start, end);
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
                String key = readKey(text, keyAt, end);
                skipIndent = key != null && skipped.contains(key) ? keyAt - start : -1;
            }
            if (keeping && dash && skipIndent == indent + 2) {
                // the item goes on below its skipped first key: its dash stays
                out.write(text, start, content + 1 - start);
                out.write('\n');
            } else if (!keeping || skipIndent >= 0) {
                if (end < length) {
                    out.write('\n');
                }
            } else {
                out.write(text, start, next - start);
            }
            start = next;
        }
        return sawKey ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static boolean startsWith(byte[] text, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The plain ASCII key a line (from {@code from}) starts with, when it is {@code key:} followed by space or end. */
    private static String readKey(byte[] text, int from, int end) {
        for (int i = from; i < end; i++) {
            byte c = text[i];
            if (c == ':') {
                boolean ends = i + 1 >= end || text[i + 1] == ' ' || text[i + 1] == '\r';
                return ends && i > from ? new String(text, from, i - from, StandardCharsets.US_ASCII) : null;
            }
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '$' || c == '.';
            if (!plain) {
                return null;
            }
        }
        return null;
    }
}
