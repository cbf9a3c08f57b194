package dev.sitegen.load;

import dev.sitegen.model.SitePaths;
import dev.sitegen.model.UrlPaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the site path out of a {@code documentationUrl}: no host, fragment, query, edge slash or
 * {@code .md}. The path names the folder the connector's page is written to, and the URL comes from
 * whoever wrote the metadata, so only plain segments are a path: letters, digits, {@code -_.~}, not
 * starting with a dot, no dot segments (written or percent-encoded), no encoded separators, no empty
 * segments, and not on one of the site's own folders or files ({@link SitePaths}).
 */
public final class DocumentationUrls {

    static final int MAX_SEGMENTS = 16;
    /** Below a file name's 255 bytes, with room for {@code -migrations}. */
    static final int MAX_SEGMENT_BYTES = 100;

    private DocumentationUrls() {
    }

    /**
     * How many URLs' paths and problems are remembered: a catalog asks for each connector's several times per
     * load (resolving, placing, re-placing), a long-lived process per command. Past the bound (a hostile input,
     * a long session of many roots) they are computed every time.
     */
    static final int MAX_KEPT = 1 << 12;
    /** Longer URLs are not remembered (no metadata's real one is near), so the memory kept stays small. */
    static final int MAX_KEPT_LENGTH = 512;

    // pure functions of the URL's text, so a value kept under the text is the value computed now
    private static final ConcurrentHashMap<String, Optional<String>> PATHS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();

    /** The site path, when the URL has one and it is a plain path (see {@link #findPathProblem}). */
    public static Optional<String> findPath(String documentationUrl) {
        return keep(PATHS, documentationUrl, DocumentationUrls::readPath);
    }

    private static Optional<String> readPath(String documentationUrl) {
        Optional<String> raw = findRawPath(documentationUrl);
        if (raw.isEmpty() || findPathProblem(documentationUrl).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(stripMd(String.join("/", decodeSegments(splitSegments(raw.get())))));
    }

    /**
     * Why the URL's path cannot be a page's site path, naming the offending segment; empty when it
     * can, or when the URL has no path to judge (no path at all, or not a URL: metadata-invalid's
     * business). A backslash is judged even though it makes the URL invalid, since browsers read it
     * as a slash.
     */
    public static Optional<String> findPathProblem(String documentationUrl) {
        return keep(PROBLEMS, documentationUrl, DocumentationUrls::judgePath);
    }

    private static Optional<String> judgePath(String documentationUrl) {
        Optional<String> raw = findRawPath(documentationUrl);
        if (raw.isEmpty()) {
            return documentationUrl.indexOf('\\') >= 0
                    ? Optional.of("the URL holds a backslash, which browsers read as '/'")
                    : Optional.empty();
        }
        List<String> segments = splitSegments(raw.get());
        if (segments.size() > MAX_SEGMENTS) {
            return Optional.of("the path has " + segments.size() + " segments, more than " + MAX_SEGMENTS);
        }
        for (String segment : segments) {
            Optional<String> problem = findSegmentProblem(segment);
            if (problem.isPresent()) {
                return problem;
            }
        }
        String first = stripMd(String.join("/", decodeSegments(segments))).split("/", -1)[0];
        return SitePaths.findReserved(first)
                .map(entry -> "'" + first + "' is the site's own " + entry);
    }

    private static Optional<String> keep(ConcurrentHashMap<String, Optional<String>> kept, String url,
                                         Function<String, Optional<String>> compute) {
        Optional<String> known = kept.get(url);
        if (known != null) {
            return known;
        }
        return kept.size() < MAX_KEPT && url.length() <= MAX_KEPT_LENGTH ? kept.computeIfAbsent(url, compute)
                : compute.apply(url);
    }

    public static Optional<String> findHost(String documentationUrl) {
        try {
            return Optional.ofNullable(new URI(documentationUrl.strip()).getHost());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The still percent-encoded path, empty when there is none ({@code /} alone is none). */
    private static Optional<String> findRawPath(String documentationUrl) {
        try {
            String path = new URI(documentationUrl.strip()).getRawPath();
            return path == null || path.isEmpty() || path.equals("/") ? Optional.empty() : Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** One leading and one trailing slash are the URL's; any other empty segment is kept to be refused. */
    private static List<String> splitSegments(String rawPath) {
        String p = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        return List.of(p.split("/", -1));
    }

    private static List<String> decodeSegments(List<String> segments) {
        return segments.stream().map(s -> UrlPaths.findStrictDecoding(s).orElseThrow()).toList();
    }

    private static Optional<String> findSegmentProblem(String raw) {
        if (raw.isEmpty()) {
            return Optional.of("the path has an empty segment ('//')");
        }
        Optional<String> decoded = UrlPaths.findStrictDecoding(raw);
        if (decoded.isEmpty()) {
            return Optional.of("segment '" + raw + "' is not UTF-8 once decoded");
        }
        String text = decoded.get();
        String once = raw.equals(text) ? "" : " is '" + text + "' once decoded, which";
        if (text.equals("..")) {
            return Optional.of("segment '" + raw + "'" + once + " climbs out of its folder");
        }
        if (text.equals(".")) {
            return Optional.of("segment '" + raw + "'" + once + " stands for its own folder");
        }
        if (text.indexOf('/') >= 0) {
            return Optional.of("segment '" + raw + "' hides a '/' in %2f");
        }
        if (text.indexOf('\\') >= 0) {
            return Optional.of("segment '" + raw + "' hides a backslash in %5c, which some servers read as '/'");
        }
        if (raw.toLowerCase(Locale.ROOT).contains("%2e")) {
            return Optional.of("segment '" + raw + "' hides a '.' in %2e");
        }
        if (text.startsWith(".")) {
            return Optional.of("segment '" + raw + "' starts with a dot, as hidden folders do");
        }
        Optional<String> bad = text.codePoints().filter(cp -> !isPlain(cp)).boxed().findFirst()
                .map(DocumentationUrls::show);
        if (bad.isPresent()) {
            return Optional.of("segment '" + raw + "' holds " + bad.get() + "; use letters, digits, '-', '_', '.', '~'");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SEGMENT_BYTES) {
            return Optional.of("segment '" + raw.substring(0, Math.min(40, raw.length())) + "...' is " + bytes
                    + " bytes long (UTF-8), more than " + MAX_SEGMENT_BYTES);
        }
        return Optional.empty();
    }

    private static boolean isPlain(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '~';
    }

    private static String show(int cp) {
        return Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ' || !Character.isDefined(cp)
                ? String.format(Locale.ROOT, "U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
    }

    /** Percent-decoding as UTF-8; empty when the bytes are not UTF-8. A stray '%' stays itself. */
    private static String stripMd(String path) {
        return path.endsWith(".md") ? path.substring(0, path.length() - 3) : path;
    }
}
