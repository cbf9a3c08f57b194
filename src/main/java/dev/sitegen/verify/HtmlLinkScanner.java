package dev.sitegen.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One forward pass over a page's bytes that keeps only what link checking needs: the anchors
 * ({@code id} on any element, {@code name} on {@code <a>}) and the {@code href}/{@code src} values,
 * entity-decoded; in XML also the text of {@code <loc>} (sitemaps). Not a DOM parser: it honours
 * quotes, comments, CDATA, and skips the content of {@code <script>}, {@code <style>},
 * {@code <textarea>} and {@code <title>}, which is not markup. Links inside {@code <pre>} are code
 * samples and are not collected (its ids are). Attribute and tag names are case-insensitive.
 * Linear in the page size: every index only moves forward.
 */
final class HtmlLinkScanner {

    /** What one page holds: its anchors and its links, in document order (with repeats). */
    record Scan(List<String> ids, List<String> links) {
    }

    private enum Tag { A, PRE, RAW_TEXT, LOC, OTHER }

    private final byte[] b;
    private final int n;
    private final boolean xml;
    private final List<String> ids = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private int preDepth;
    private int locStart = -1;

    private HtmlLinkScanner(byte[] page, boolean xml) {
        this.b = page;
        this.n = page.length;
        this.xml = xml;
    }

    /** Scans an HTML page, or an XML file (feed, sitemap) when {@code xml}. */
    static Scan scanPage(byte[] page, boolean xml) {
        HtmlLinkScanner s = new HtmlLinkScanner(page, xml);
        s.scanAll();
        return new Scan(s.ids, s.links);
    }

    private void scanAll() {
        int i = indexOf((byte) '<', 0);
        while (i >= 0) {
            i = indexOf((byte) '<', readMarkup(i));
        }
    }

    /** Reads what starts at the {@code <} at {@code i}; returns the index after it. */
    private int readMarkup(int i) {
        if (startsWith(i, "<!--")) {
            return skipPast(i + 4, "-->");
        }
        if (startsWith(i, "<![CDATA[")) {
            return skipPast(i + 9, "]]>");
        }
        byte next = i + 1 < n ? b[i + 1] : 0;
        if (next == '!' || next == '?') {
            return skipPast(i + 2, ">");
        }
        if (next == '/') {
            return readEndTag(i);
        }
        return isLetter(next) ? readStartTag(i + 1) : i + 1;
    }

    private int readStartTag(int nameStart) {
        int nameEnd = skipName(nameStart);
        Tag tag = classify(nameStart, nameEnd);
        int i = nameEnd;
        boolean selfClosing = false;
        while (i < n && b[i] != '>') {
            if (b[i] == '/' || isSpace(b[i])) {
                selfClosing = b[i] == '/';
                i++;
            } else {
                i = readAttribute(tag, i);
                selfClosing = false;
            }
        }
        int after = Math.min(n, i + 1);
        if (selfClosing) {
            return after;
        }
        if (tag == Tag.RAW_TEXT) {
            return findEndTag(after, nameStart, nameEnd);
        }
        if (tag == Tag.PRE) {
            preDepth++;
        } else if (tag == Tag.LOC) {
            locStart = after;
        }
        return after;
    }

    /** Reads {@code name}, {@code name=value} or {@code name="value"}; returns the index after it. */
    private int readAttribute(Tag tag, int start) {
        int i = start;
        while (i < n && !isSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/') {
            i++;
        }
        int nameEnd = i == start ? ++i : i;
        while (i < n && isSpace(b[i])) {
            i++;
        }
        if (i >= n || b[i] != '=') {
            return i;
        }
        i++;
        while (i < n && isSpace(b[i])) {
            i++;
        }
        int valueStart;
        int valueEnd;
        if (i < n && (b[i] == '"' || b[i] == '\'')) {
            valueStart = i + 1;
            int close = indexOf(b[i], valueStart);
            valueEnd = close < 0 ? n : close;
            i = Math.min(n, valueEnd + 1);
        } else {
            valueStart = i;
            while (i < n && !isSpace(b[i]) && b[i] != '>') {
                i++;
            }
            valueEnd = i;
        }
        keepAttribute(tag, start, nameEnd, valueStart, valueEnd);
        return i;
    }

    private void keepAttribute(Tag tag, int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (nameIs(nameStart, nameEnd, "id") || tag == Tag.A && nameIs(nameStart, nameEnd, "name")) {
            String id = decode(valueStart, valueEnd);
            if (!id.isEmpty()) {
                ids.add(id);
            }
        } else if (preDepth == 0 && (nameIs(nameStart, nameEnd, "href") || nameIs(nameStart, nameEnd, "src"))) {
            links.add(decode(valueStart, valueEnd));
        }
    }

    private int readEndTag(int lt) {
        int nameStart = lt + 2;
        int nameEnd = skipName(nameStart);
        Tag tag = classify(nameStart, nameEnd);
        if (tag == Tag.PRE && preDepth > 0) {
            preDepth--;
        } else if (tag == Tag.LOC && locStart >= 0) {
            String loc = decode(locStart, lt).strip();
            if (!loc.isEmpty()) {
                links.add(loc);
            }
            locStart = -1;
        }
        return skipPast(nameEnd, ">");
    }

    /** The {@code <} of the end tag closing a raw-text element, or the end of the page. */
    private int findEndTag(int from, int nameStart, int nameEnd) {
        int i = indexOf((byte) '<', from);
        while (i >= 0) {
            if (i + 1 < n && b[i + 1] == '/' && regionMatchesIgnoreCase(i + 2, nameStart, nameEnd)) {
                return i;
            }
            i = indexOf((byte) '<', i + 1);
        }
        return n;
    }

    private Tag classify(int start, int end) {
        if (xml) {
            return nameIs(start, end, "loc") ? Tag.LOC : Tag.OTHER;
        }
        if (nameIs(start, end, "a")) {
            return Tag.A;
        }
        if (nameIs(start, end, "pre")) {
            return Tag.PRE;
        }
        boolean raw = nameIs(start, end, "script") || nameIs(start, end, "style")
                || nameIs(start, end, "textarea") || nameIs(start, end, "title");
        return raw ? Tag.RAW_TEXT : Tag.OTHER;
    }

    private String decode(int start, int end) {
        return HtmlEntities.decodeEntities(new String(b, start, Math.max(0, end - start), StandardCharsets.UTF_8));
    }

    private boolean nameIs(int start, int end, String lowerName) {
        if (end - start != lowerName.length()) {
            return false;
        }
        for (int k = 0; k < lowerName.length(); k++) {
            if (toLower(b[start + k]) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes at {@code at} repeat the name at {@code nameStart..nameEnd}, ending there. */
    private boolean regionMatchesIgnoreCase(int at, int nameStart, int nameEnd) {
        int len = nameEnd - nameStart;
        if (at + len > n) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (toLower(b[at + k]) != toLower(b[nameStart + k])) {
                return false;
            }
        }
        return at + len == n || !isNameChar(b[at + len]);
    }

    private int skipName(int from) {
        int i = from;
        while (i < n && isNameChar(b[i])) {
            i++;
        }
        return i;
    }

    private int skipPast(int from, String marker) {
        byte first = (byte) marker.charAt(0);
        int i = indexOf(first, from);
        while (i >= 0 && !startsWith(i, marker)) {
            i = indexOf(first, i + 1);
        }
        return i < 0 ? n : i + marker.length();
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte c, int from) {
        for (int i = from; i < n; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(byte c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.';
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static int toLower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
