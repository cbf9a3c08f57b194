package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of a connector's Reference section. The section is {@code reference} for the page's first
 * connector with a spec (the id the docs link to) and {@code reference-<dir>} for the others of a shared doc; a field is the section id, a dot and
 * its FieldAnchor path with {@code [value]} written {@code (value)}
 * ({@code reference.replication_method(CDC).replication_slot}); the streams list is
 * {@code <section>-streams} and a stream {@code <section>-streams.<name>}. Path characters other than
 * {@code A-Z a-z 0-9 _ . -} are written {@code ~XX} per UTF-8 byte, so the encoding is one-to-one and the
 * ids are valid URL fragments. Two fields whose paths read the same (a name holding a dot) get {@code ~~2},
 * {@code ~~3}... in spec order, so ids never collide. Not thread-safe: one per section.
 */
final class ReferenceAnchors {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String sectionId;
    private final Map<String, Integer> seen = new HashMap<>();

    ReferenceAnchors(String sectionId) {
        this.sectionId = sectionId;
    }

    static String sectionIdFor(String dir, boolean firstOnPage) {
        return firstOnPage ? "reference" : "reference-" + dir;
    }

    String sectionId() {
        return sectionId;
    }

    String streamsId() {
        return sectionId + "-streams";
    }

    String createFieldId(String path) {
        return unique(sectionId + "." + encodePath(path));
    }

    String createStreamId(String name) {
        return unique(streamsId() + "." + encodePath(name));
    }

    private String unique(String id) {
        int n = seen.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "~~" + n;
    }

    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '[') {
                out.append('(');
            } else if (c == ']') {
                out.append(')');
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                out.append(c);
            } else {
                out.append('~').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
