package dev.sitegen.markdown;

import dev.sitegen.model.FieldRef;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code <FieldAnchor field="...">} tags of a doc and reads their items
 * ({@link FieldNotation}), for {@code load} to keep on the doc. Scans lines as the renderer sees them:
 * fenced code, code spans and HTML comments are skipped. A tag the scan cannot read (it does not end on
 * its line, or has no quoted {@code field}) is one malformed item at the tag, so a rule can say so
 * instead of the reference going unchecked.
 */
public final class FieldAnchors {

    static final String TAG = "FieldAnchor";
    /**
     * Items kept per doc: a 4 MiB doc of commas would otherwise be millions of records. The corpus's
     * busiest doc (facebook-marketing) has 22.
     */
    static final int MAX_ITEMS = 10_000;

    private static final String OPENING = "<" + TAG;

    private FieldAnchors() {
    }

    /** Every item of every FieldAnchor tag in {@code markdown}, in document order, placed in {@code file}. */
    public static List<FieldRef> findFieldRefs(String file, String markdown) {
        if (!markdown.contains(OPENING)) {
            return List.of();
        }
        List<FieldRef> found = new ArrayList<>();
        FenceTracker fences = new FenceTracker(FenceTracker.ANY_INDENT);
        boolean inComment = false;
        int number = 0;
        for (String line : (Iterable<String>) markdown.lines()::iterator) {
            number++;
            if (inComment) {
                inComment = !line.contains("-->");
            } else if (!fences.acceptLine(line)) {
                inComment = MdxComponents.opensComment(line);
                addLineRefs(file, line, number, found);
                if (found.size() > MAX_ITEMS) {
                    FieldRef last = found.get(MAX_ITEMS);
                    found.subList(MAX_ITEMS, found.size()).clear();
                    found.add(FieldRef.malformed("", last.pos(), "more than " + MAX_ITEMS
                            + " field references in one doc; the rest are not read"));
                    return found;
                }
            }
        }
        return found;
    }

    /**
     * One pass along the line: code spans and comments are stepped over whole, a tag is read and stepped
     * over, so no character is looked at twice for a line of many tags.
     */
    private static void addLineRefs(String file, String line, int number, List<FieldRef> found) {
        if (!line.contains(OPENING)) {
            return;
        }
        CodeSpans spans = CodeSpans.indexLine(line);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                i = spans.skipSpan(i);
            } else if (line.startsWith("<!--", i)) {
                int close = line.indexOf("-->", i + 4);
                i = close < 0 ? line.length() : close + 3;
            } else if (line.startsWith(OPENING, i) && isTagNameEnd(line, i + OPENING.length())) {
                i = readTag(file, line, number, i, found);
            } else {
                i++;
            }
        }
    }

    /** Adds the tag's items and returns the index past the tag (the line's end when it does not end). */
    private static int readTag(String file, String line, int number, int from, List<FieldRef> found) {
        SourcePos tagPos = SourcePos.at(file, number, from + 1);
        Optional<JsxTag> tag = JsxTag.readTag(line, from, line.length());
        if (tag.isEmpty()) {
            found.add(FieldRef.malformed(line.substring(from).strip(), tagPos,
                    "the FieldAnchor tag does not end on its line"));
            return line.length();
        }
        Optional<Integer> value = tag.get().findAttributeValue(line, "field");
        if (value.isEmpty()) {
            found.add(FieldRef.malformed(line.substring(from, tag.get().end()), tagPos,
                    "the FieldAnchor tag has no quoted field attribute"));
        } else {
            int start = value.get();
            int end = line.indexOf(line.charAt(start - 1), start);
            found.addAll(FieldNotation.parseItems(line.substring(start, end), file, number, start));
        }
        return tag.get().end();
    }

    /** {@code <FieldAnchor} and not {@code <FieldAnchors} or another longer name. */
    private static boolean isTagNameEnd(String line, int at) {
        return at == line.length() || Character.isWhitespace(line.charAt(at)) || line.charAt(at) == '>'
                || line.charAt(at) == '/';
    }
}
