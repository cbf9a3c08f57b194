package dev.sitegen.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts the lines of a block-style YAML manifest that a spec and stream list never use: the top-level
 * sections other than those kept, and below them the subtrees under the keys skipped (a key line and every
 * deeper, blank or comment line after it, and the items of a list written at the key's own indentation; not
 * a stream definition's own key under {@code definitions.streams}, which may be named anything). Cut lines
 * are blanked in place or left out with each kept line's file line noted, so positions stay true. A
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
        return cut(text, keptTopLevel, skipped, false).map(Outline::text);
    }

    /**
     * The kept lines only, with the line each came from: the same cut as {@link #blankUnneeded}, but the lines
     * it blanks are left out instead. A manifest is mostly cut, and a YAML tokenizer pays for every line break
     * it scans (about a third of its time on the blanked outline), so positions are mapped back instead
     * ({@link Outline#originalLine}).
     */
    static Optional<Outline> cutUnneeded(byte[] text, Set<String> keptTopLevel, Set<String> skipped) {
        return cut(text, keptTopLevel, skipped, true);
    }

    /** The text kept and, for its line {@code n} (1-based), the line of the file it is: {@code lines[n - 1]}. */
    record Outline(byte[] text, int[] lines) {

        int originalLine(int line) {
            return line >= 1 && line <= lines.length ? lines[line - 1] : line;
        }
    }

    private static Optional<Outline> cut(byte[] text, Set<String> keptTopLevel, Set<String> skipped, boolean compact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 8);
        int[] lines = new int[compact ? 1024 : 0];
        int kept = 0;
        int lineNo = 0;
        boolean keeping = true;
        boolean inSpec = false;
        boolean sawKey = false;
        int skipIndent = -1;
        // the stream definitions under definitions.streams are named freely ('schemas', 'transformations'):
        // a key at their level is a stream's name, never a part to skip
        int definitionsChild = -1;
        int streamsIndent = -1;
        int streamNames = -1;
        int start = 0;
        int length = text.length;
        while (start < length) {
            lineNo++;
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
                    lines = note(lines, kept++, lineNo, compact);
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
                definitionsChild = key.equals("definitions") ? 0 : -1;
                streamsIndent = -1;
                streamNames = -1;
                skipIndent = -1;
            } else if (!quiet && keeping && !inSpec
                    && (skipIndent < 0 || indent < skipIndent || indent == skipIndent && !dash)) {
                // the connection specification is never cut: a field may well be named 'requester'; a list
                // item's key ("- retriever:") sits two columns in, and items of a list written at its key's
                // indentation stay with the key
                int keyAt = dash ? content + 2 : content;
                String key = readKey(text, keyAt, end);
                if (definitionsChild == 0 && !dash) {
                    definitionsChild = indent;
                }
                if (definitionsChild > 0 && indent <= definitionsChild) {
                    streamsIndent = indent == definitionsChild && !dash && "streams".equals(key) ? indent : -1;
                    streamNames = -1;
                } else if (streamsIndent >= 0 && streamNames < 0 && !dash) {
                    streamNames = indent;
                }
                boolean streamName = streamNames >= 0 && indent == streamNames && !dash;
                skipIndent = key != null && skipped.contains(key) && !streamName ? keyAt - start : -1;
            }
            if (keeping && dash && skipIndent == indent + 2) {
                // the item goes on below its skipped first key: its dash stays
                out.write(text, start, content + 1 - start);
                out.write('\n');
                lines = note(lines, kept++, lineNo, compact);
            } else if (!keeping || skipIndent >= 0) {
                if (end < length && !compact) {
                    out.write('\n');
                }
            } else {
                out.write(text, start, next - start);
                lines = note(lines, kept++, lineNo, compact);
            }
            start = next;
        }
        return sawKey ? Optional.of(new Outline(out.toByteArray(), compact ? Arrays.copyOf(lines, kept) : lines))
                : Optional.empty();
    }

    private static int[] note(int[] lines, int index, int lineNo, boolean compact) {
        if (!compact) {
            return lines;
        }
        int[] to = index < lines.length ? lines : Arrays.copyOf(lines, lines.length * 2);
        to[index] = lineNo;
        return to;
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
