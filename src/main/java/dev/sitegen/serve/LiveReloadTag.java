package dev.sitegen.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the live-reload script to an HTML page as it is served (never to the files on disk): a
 * same-origin {@code <script src defer>} before the last {@code </body>}, so the pages' CSP needs no
 * change and no inline script is involved.
 */
final class LiveReloadTag {

    /** The script's name, both in the theme's static folder and under {@code __site-gen/}. */
    static final String SCRIPT = "live.js";

    private LiveReloadTag() {
    }

    static String scriptTag(String basePath) {
        return "<script src=\"" + basePath + RequestTarget.INTERNAL_PREFIX + SCRIPT + "\" defer></script>";
    }

    static byte[] injectScript(byte[] html, String basePath) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = findLastBodyEnd(page);
        String tag = scriptTag(basePath);
        String out = at < 0 ? page + tag + "\n" : page.substring(0, at) + tag + "\n" + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the last {@code </body>} starts, in any letter case; -1 when there is none. */
    private static int findLastBodyEnd(String page) {
        String end = "</body>";
        for (int i = page.length() - end.length(); i >= 0; i--) {
            if (page.regionMatches(true, i, end, 0, end.length())) {
                return i;
            }
        }
        return -1;
    }
}
