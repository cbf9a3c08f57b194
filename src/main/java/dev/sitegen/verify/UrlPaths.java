package dev.sitegen.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Path arithmetic on site paths (relative to the site root, forward slashes, no leading slash). */
final class UrlPaths {

    private UrlPaths() {
    }

    /** The folder of a page: {@code integrations/x/index.html} gives {@code integrations/x/}. */
    static String folderOf(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /** A page as people write it: {@code integrations/x/index.html} is {@code integrations/x/}. */
    static String displayPage(String page) {
        if (page.equals("index.html")) {
            return "the catalog page (index.html)";
        }
        return page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
    }

    /**
     * {@code relative} (a URL path, no query or fragment) resolved against {@code folder}, dot
     * segments removed; empty when {@code ..} climbs above the site root.
     */
    static Optional<String> resolvePath(String folder, String relative) {
        List<String> parts = new ArrayList<>();
        for (String s : folder.split("/")) {
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        String[] segments = relative.split("/", -1);
        boolean folderResult = false;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            folderResult = last && (s.isEmpty() || s.equals(".") || s.equals(".."));
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".")) {
                parts.add(s);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(folderResult && !joined.isEmpty() ? joined + "/" : joined);
    }

    /** Decodes {@code %XX} escapes as UTF-8; malformed escapes stay as written. */
    static String decodePercent(String s) {
        int pct = s.indexOf('%');
        if (pct < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length && raw[i] == '%' ? Character.digit(raw[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(raw[i + 2], 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The first segment of a site path ({@code integrations} of {@code integrations/x/}). */
    static String topFolderOf(String sitePath) {
        int slash = sitePath.indexOf('/');
        return slash < 0 ? "" : sitePath.substring(0, slash);
    }
}
