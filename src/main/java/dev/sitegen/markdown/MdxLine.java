package dev.sitegen.markdown;

import java.util.Locale;
import java.util.Optional;

/**
 * What a line of Docusaurus/MDX syntax means: an admonition fence, a {@code <details>} or
 * {@code <summary>} tag, an environment comment, a component wrapper or a standalone component.
 * Pure and line-local; the parser turns each into a marker and the post-pass pairs them.
 *
 * @param kind what the line is
 * @param name admonition type, environment, component name or tab label; empty when none
 * @param colons the fence length of an admonition line
 * @param textStart start of the inline text (admonition title, summary) in the line
 * @param textEnd end of that text; equal to {@code textStart} when there is none
 */
record MdxLine(Kind kind, String name, int colons, int textStart, int textEnd) {

    enum Kind {
        ADMONITION_OPEN, ADMONITION_CLOSE, DETAILS_OPEN, DETAILS_CLOSE, SUMMARY, SUMMARY_OPEN,
        SUMMARY_CLOSE, TABS_OPEN, TABS_CLOSE, TAB_OPEN, TAB_CLOSE, ENV_OPEN, ENV_CLOSE, UNWRAP, COMPONENT
    }

    /** Reads the line from {@code start} (its first non-space character) to its end. */
    static Optional<MdxLine> classifyLine(CharSequence line, int start) {
        int end = trimEnd(line, start);
        if (start >= end) {
            return Optional.empty();
        }
        char first = line.charAt(start);
        if (first == ':') {
            return readAdmonitionFence(line, start, end);
        }
        if (first != '<') {
            return Optional.empty();
        }
        if (startsWith(line, start, "<!--")) {
            return readEnvComment(line, start + 4, end);
        }
        return JsxTag.readTag(line, start, end).flatMap(tag -> classifyTag(line, tag, end));
    }

    private static Optional<MdxLine> readAdmonitionFence(CharSequence line, int start, int end) {
        int i = start;
        while (i < end && line.charAt(i) == ':') {
            i++;
        }
        int colons = i - start;
        if (colons < 3) {
            return Optional.empty();
        }
        i = FenceTracker.skipSpaces(line, i);
        if (i >= end || !isAsciiLetter(line.charAt(i))) {
            // whatever follows a bare fence is noise; the fence still closes
            return Optional.of(new MdxLine(Kind.ADMONITION_CLOSE, "", colons, end, end));
        }
        int typeStart = i;
        while (i < end && isAsciiLetter(line.charAt(i))) {
            i++;
        }
        String type = line.subSequence(typeStart, i).toString().toLowerCase(Locale.ROOT);
        int titleStart = FenceTracker.skipSpaces(line, i);
        int titleEnd = end;
        if (titleStart < end && line.charAt(titleStart) == '[' && line.charAt(end - 1) == ']') {
            titleStart++;
            titleEnd--;
        }
        return Optional.of(new MdxLine(Kind.ADMONITION_OPEN, type, colons, titleStart, Math.max(titleStart, titleEnd)));
    }

    /** {@code <!-- env:oss -->} or {@code <!-- /env:oss -->}, alone on the line. */
    private static Optional<MdxLine> readEnvComment(CharSequence line, int from, int end) {
        int i = FenceTracker.skipSpaces(line, from);
        boolean closing = i < end && line.charAt(i) == '/';
        if (closing) {
            i++;
        }
        if (!startsWith(line, i, "env:")) {
            return Optional.empty();
        }
        int nameStart = i + 4;
        i = nameStart;
        while (i < end && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-' || line.charAt(i) == '_')) {
            i++;
        }
        String name = line.subSequence(nameStart, i).toString().toLowerCase(Locale.ROOT);
        i = FenceTracker.skipSpaces(line, i);
        if (name.isEmpty() || i + 3 != end || !startsWith(line, i, "-->")) {
            return Optional.empty();
        }
        return Optional.of(new MdxLine(closing ? Kind.ENV_CLOSE : Kind.ENV_OPEN, name, 0, end, end));
    }

    private static Optional<MdxLine> classifyTag(CharSequence line, JsxTag tag, int end) {
        int rest = FenceTracker.skipSpaces(line, tag.end());
        boolean alone = rest == end;
        if (tag.name().equals("details")) {
            return classifyDetails(line, tag, rest, end);
        }
        if (tag.name().equals("summary")) {
            return classifySummary(line, tag, rest, end);
        }
        if (!tag.isComponent()) {
            return Optional.empty();
        }
        if (tag.selfClosing() && alone || !tag.closing() && isClosingTagOf(line, rest, end, tag.name())) {
            return Optional.of(simple(Kind.COMPONENT, tag.name(), end));
        }
        if (!alone || tag.selfClosing()) {
            return Optional.empty();
        }
        return Optional.of(classifyWrapper(line, tag, end));
    }

    private static MdxLine classifyWrapper(CharSequence line, JsxTag tag, int end) {
        if (tag.name().equals("Tabs")) {
            return simple(tag.closing() ? Kind.TABS_CLOSE : Kind.TABS_OPEN, "", end);
        }
        if (tag.name().equals("TabItem")) {
            String label = tag.findAttribute(line, "label").or(() -> tag.findAttribute(line, "value")).orElse("");
            return simple(tag.closing() ? Kind.TAB_CLOSE : Kind.TAB_OPEN, label, end);
        }
        return simple(Kind.UNWRAP, tag.name(), end);
    }

    private static Optional<MdxLine> classifyDetails(CharSequence line, JsxTag tag, int rest, int end) {
        if (tag.closing()) {
            return rest == end ? Optional.of(simple(Kind.DETAILS_CLOSE, "", end)) : Optional.empty();
        }
        String open = tag.hasBareAttribute(line, "open") ? "open" : "";
        if (rest == end) {
            return Optional.of(simple(Kind.DETAILS_OPEN, open, end));
        }
        return JsxTag.readTag(line, rest, end)
                .filter(summary -> summary.name().equals("summary") && !summary.closing())
                .flatMap(summary -> findSummaryText(line, summary.end(), end))
                .map(text -> new MdxLine(Kind.DETAILS_OPEN, open, 0, text[0], text[1]));
    }

    private static Optional<MdxLine> classifySummary(CharSequence line, JsxTag tag, int rest, int end) {
        if (rest == end) {
            return Optional.of(simple(tag.closing() ? Kind.SUMMARY_CLOSE : Kind.SUMMARY_OPEN, "", end));
        }
        return tag.closing() ? Optional.empty()
                : findSummaryText(line, tag.end(), end).map(text -> new MdxLine(Kind.SUMMARY, "", 0, text[0], text[1]));
    }

    /** The text from {@code from} up to a {@code </summary>} that ends the line. */
    private static Optional<int[]> findSummaryText(CharSequence line, int from, int end) {
        String close = "</summary>";
        if (end - from < close.length() || !startsWith(line, end - close.length(), close)) {
            return Optional.empty();
        }
        int textStart = FenceTracker.skipSpaces(line, from);
        int textEnd = trimEnd(line, textStart, end - close.length());
        return Optional.of(new int[] {textStart, Math.max(textStart, textEnd)});
    }

    private static boolean isClosingTagOf(CharSequence line, int from, int end, String name) {
        String close = "</" + name + ">";
        return end - from == close.length() && startsWith(line, from, close);
    }

    private static MdxLine simple(Kind kind, String name, int end) {
        return new MdxLine(kind, name, 0, end, end);
    }

    static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(CharSequence s, int start) {
        return trimEnd(s, start, s.length());
    }

    private static int trimEnd(CharSequence s, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
