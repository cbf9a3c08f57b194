package dev.sitegen.serve;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How a preview runs, as the command line asked: the port (0 picks a free one), the path the site is
 * served under (always starting and ending with {@code /}), the date deadlines are judged against, and
 * whether the terminal lists every finding ({@code --verbose}) or only the errors a build has and the
 * errors and warnings a rebuild adds. A value type so the server never parses options and tests can
 * start it directly.
 */
public record PreviewSettings(int port, String basePath, LocalDate asOf, boolean verbose) {

    public PreviewSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        basePath = normalizeBasePath(basePath);
    }

    /** Settings whose terminal report is brief. */
    public PreviewSettings(int port, String basePath, LocalDate asOf) {
        this(port, basePath, asOf, false);
    }

    /**
     * {@code --base-url} as a path: a full URL keeps only its path; blank means {@code /}. Refuses
     * {@code .} and {@code ..} segments, queries and fragments, which cannot name a folder of the site.
     */
    static String normalizeBasePath(String text) {
        String s = text == null ? "" : text.strip();
        if (s.contains("://")) {
            s = URI.create(s).getRawPath();
        }
        if (s.contains("?") || s.contains("#") || s.contains("\\")
                || Arrays.stream(s.split("/")).anyMatch(seg -> seg.equals(".") || seg.equals(".."))) {
            throw new IllegalArgumentException("base URL must be a plain path such as /preview/, got '" + text + "'");
        }
        s = s.replaceAll("/{2,}", "/");
        if (!s.startsWith("/")) {
            s = "/" + s;
        }
        return s.endsWith("/") ? s : s + "/";
    }
}
