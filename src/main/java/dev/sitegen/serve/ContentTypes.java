package dev.sitegen.serve;

import java.util.Locale;
import java.util.Map;

/** The {@code Content-Type} of each kind of file the site holds, by extension (feeds are Atom). */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"));

    private ContentTypes() {
    }

    /** The type of a site path; XML under {@code feeds/} is Atom, unknown extensions are bytes. */
    static String findContentType(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.equals("xml") && sitePath.startsWith("feeds/")) {
            return "application/atom+xml; charset=utf-8";
        }
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    static boolean isHtml(String sitePath) {
        return sitePath.toLowerCase(Locale.ROOT).endsWith(".html");
    }
}
