package dev.sitegen.render;

import java.util.Optional;

/** Output file paths and the relative prefix from a page back to the site root. */
final class PagePaths {

    private PagePaths() {
    }

    /** {@code integrations/sources/x} becomes {@code integrations/sources/x/index.html}. */
    static String indexFileOf(String urlPath) {
        return urlPath.isEmpty() ? "index.html" : urlPath + "/index.html";
    }

    /** The prefix from {@code file} to the root: the base URL when set, else {@code ../} per folder. */
    static String rootFor(String file, Optional<String> baseUrl) {
        if (baseUrl.isPresent()) {
            return baseUrl.get();
        }
        int depth = (int) file.chars().filter(ch -> ch == '/').count();
        return "../".repeat(depth);
    }

    /** Normalises {@code --base-url} to start and end with a slash. */
    static Optional<String> normalizeBaseUrl(Optional<String> baseUrl) {
        return baseUrl.filter(b -> !b.isBlank()).map(b -> {
            String s = b.strip();
            if (!s.startsWith("/") && !s.contains("://")) {
                s = "/" + s;
            }
            return s.endsWith("/") ? s : s + "/";
        });
    }
}
