package dev.sitegen.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one URL-path arithmetic of the project, shared by link rewriting (markdown), link
 * verification (verify) and {@code documentationUrl} validation (load), so that a link is resolved,
 * split and decoded the same way where it is written and where it is checked. Site paths are relative
 * to the site root, with forward slashes and no leading slash.
 */
public final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * {@code relative} (a URL path, no query or fragment) resolved against the folder {@code base},
     * dot segments removed as a browser removes them: a result whose last segment was empty,
     * {@code .} or {@code ..} is a folder and ends with {@code /}. Empty when {@code ..} climbs above
     * the site root.
     */
    public static Optional<String> resolvePath(String base, String relative) {
        List<String> parts = new ArrayList<>();
        for (String s : base.split("/")) {
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

    /** The file a site path names: a folder ({@code ""} or ending with {@code /}) names its {@code index.html}. */
    public static String resolveIndexFile(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + SitePaths.INDEX : sitePath;
    }

    /** The site path a file is served at: {@code x/index.html} is {@code x/}, {@code index.html} is {@code ""}. */
    public static String stripIndexFile(String file) {
        if (file.equals(SitePaths.INDEX)) {
            return "";
        }
        return file.endsWith("/" + SitePaths.INDEX) ? file.substring(0, file.length() - SitePaths.INDEX.length()) : file;
    }

    /** The folder of a page: {@code integrations/x/index.html} gives {@code integrations/x/}. */
    public static String folderOf(String page) {
        return page.substring(0, page.lastIndexOf('/') + 1);
    }

    /** The first segment of a site path ({@code integrations} of {@code integrations/x/}). */
    public static String topFolderOf(String sitePath) {
        int slash = sitePath.indexOf('/');
        return slash < 0 ? "" : sitePath.substring(0, slash);
    }

    /** Where a URL's query or fragment starts (the first {@code ?} or {@code #}), else its length. */
    public static int findSuffixStart(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return url.length();
    }

    /** The index of the colon ending a URI scheme (ASCII letter, then letters, digits, {@code +.-}), or -1. */
    public static int findSchemeEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            boolean ok = c < 128 && (Character.isLetter(c) || i > 0 && (Character.isDigit(c) || c == '+' || c == '.' || c == '-'));
            if (!ok) {
                return -1;
            }
        }
        return -1;
    }

    /** The lower-case host of an absolute URL ({@code scheme://authority...}); "" when it has none. */
    public static String hostOf(String url) {
        int start = url.indexOf("://");
        if (start < 0) {
            return "";
        }
        start += 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return hostOfAuthority(url.substring(start, end));
    }

    /** The lower-case host of an authority: user info and port dropped, an IPv6 literal kept whole. */
    public static String hostOfAuthority(String authority) {
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        return (port > 0 ? host.substring(0, port) : host).toLowerCase(Locale.ROOT);
    }

    /** Decodes {@code %XX} escapes as UTF-8; malformed escapes stay as written, bad UTF-8 becomes U+FFFD. */
    public static String decodePercent(String s) {
        return s.indexOf('%') < 0 ? s : new String(decodeBytes(s), StandardCharsets.UTF_8);
    }

    /** Decodes {@code %XX} escapes as UTF-8; empty when the bytes are no UTF-8 (for validation). */
    public static Optional<String> findStrictDecoding(String s) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decodeBytes(s)))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The UTF-8 bytes of {@code s} with each {@code %XX} (ASCII hex digits) replaced by its byte. */
    private static byte[] decodeBytes(String s) {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length && raw[i] == '%' ? hexValue(raw[i + 1]) : -1;
            int lo = hi >= 0 ? hexValue(raw[i + 2]) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toByteArray();
    }

    private static int hexValue(byte b) {
        return b < 0 ? -1 : Character.digit(b, 16);
    }
}
