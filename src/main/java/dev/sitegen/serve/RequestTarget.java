package dev.sitegen.serve;

/**
 * What a request path asks for, decided from the path alone before any file is touched: a site file
 * (path relative to the site root, decoded, possibly a folder ending in {@code /}), a redirect
 * ({@code path} is the location), one of the preview's own endpoints ({@code path} below
 * {@code __site-gen/}), a refused path (traversal or bad encoding), or nothing under the base URL.
 */
record RequestTarget(Kind kind, String path) {

    enum Kind { FILE, REDIRECT, INTERNAL, REFUSED, NOT_FOUND }

    static final String INTERNAL_PREFIX = "__site-gen/";

    /** Maps a raw (still percent-encoded) request path onto the site served under {@code base}. */
    static RequestTarget resolveTarget(String rawPath, String base) {
        String raw = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (!base.equals("/") && (raw.equals("/") || raw.equals(base.substring(0, base.length() - 1)))) {
            return new RequestTarget(Kind.REDIRECT, base);
        }
        if (!raw.startsWith(base)) {
            return new RequestTarget(Kind.NOT_FOUND, raw);
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(raw.substring(base.length()).replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new RequestTarget(Kind.REFUSED, raw);
        }
        if (isUnsafe(decoded)) {
            return new RequestTarget(Kind.REFUSED, raw);
        }
        if (decoded.startsWith(INTERNAL_PREFIX)) {
            return new RequestTarget(Kind.INTERNAL, decoded.substring(INTERNAL_PREFIX.length()));
        }
        return new RequestTarget(Kind.FILE, decoded);
    }

    /** Absolute, parent or current-folder segments, backslashes and NULs never name a site file. */
    private static boolean isUnsafe(String path) {
        if (path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.indexOf(':') >= 0) {
            return true;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }
}
