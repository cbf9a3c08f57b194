package dev.sitegen.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request line and headers of one HTTP/1.x request, read before any body. Header names are
 * lower-cased (HTTP names ignore case); values keep their order and repeats, because two
 * {@code Host} headers must be seen as two. Only origin-form targets ({@code /path?query}) made of
 * visible ASCII are accepted, so nothing from the target can split a response header.
 */
record RequestHead(String method, String target, String version, Map<String, List<String>> headers) {

    /** The longest head read; a browser's is a few hundred bytes. */
    static final int MAX_BYTES = 16 * 1024;

    RequestHead {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Map.copyOf(copy);
    }

    /**
     * Where the empty line that ends a head lies in {@code bytes[0, length)}: the index just after
     * it, or -1 while it has not arrived. Bare LF line ends count too. {@code from} skips what an
     * earlier call already scanned.
     */
    static int findEnd(byte[] bytes, int from, int length) {
        for (int i = Math.max(0, from); i < length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (i + 1 < length && bytes[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 2 < length && bytes[i + 1] == '\r' && bytes[i + 2] == '\n') {
                return i + 3;
            }
        }
        return -1;
    }

    /** The head in {@code bytes} (ending in its empty line); empty when it is not one this server answers. */
    static Optional<RequestHead> parseHead(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
        String[] request = lines[0].split(" ", -1);
        if (request.length != 3 || !isToken(request[0]) || !isTarget(request[1])
                || !(request[2].equals("HTTP/1.1") || request[2].equals("HTTP/1.0"))) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            // a line starting with white space continues the previous header: obsolete, refused by RFC 9112
            if (colon <= 0 || !isToken(line.substring(0, colon)) || !isFieldValue(line)) {
                return Optional.empty();
            }
            headers.computeIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return Optional.of(new RequestHead(request[0], request[1], request[2], headers));
    }

    /** The still percent-encoded path, without the query. */
    String rawPath() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    Optional<String> findRawQuery() {
        int q = target.indexOf('?');
        return q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
    }

    List<String> listHeaders(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    boolean isHead() {
        return method.equals("HEAD");
    }

    /** Whether a body follows the head (which this server never reads, only discards). */
    boolean announcesBody() {
        return !listHeaders("transfer-encoding").isEmpty()
                || listHeaders("content-length").stream().anyMatch(v -> !v.equals("0"));
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTarget(String s) {
        return s.startsWith("/") && s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static boolean isFieldValue(String line) {
        return line.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f));
    }
}
