package dev.sitegen.markdown;

import dev.sitegen.model.UrlPaths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Rewrites one link of a doc for the generated site. Links into {@code integrations/} (absolute
 * on a site host, root-relative, or relative {@code .md} files) become {@code root}-prefixed
 * page links with a trailing slash, since every page is a folder's {@code index.html}; links
 * to the docs site outside it become absolute on the primary host, where those pages live.
 * Everything else is left as written.
 */
final class SiteLinks {

    /** The top-level folders this site generates pages in; links elsewhere go to the docs host. */
    private static final List<String> PAGES = List.of("integrations", "contributing", "checks",
            "breaking-changes", "releases");

    private final MarkdownOptions options;
    private final RenderRequest request;

    SiteLinks(MarkdownOptions options, RenderRequest request) {
        this.options = options;
        this.request = request;
    }

    String rewriteUrl(String url, boolean image) {
        if (url.isEmpty() || url.charAt(0) == '#') {
            return url;
        }
        int cut = UrlPaths.findSuffixStart(url);
        String path = url.substring(0, cut);
        String suffix = url.substring(cut);
        Optional<String> sitePath = findSitePath(path);
        if (sitePath.isPresent()) {
            return rewriteRootPath(sitePath.get(), suffix, image).orElse(url);
        }
        if (hasScheme(path) || path.startsWith("//")) {
            return url;
        }
        if (path.startsWith("/")) {
            return rewriteRootPath(path, suffix, image).or(() -> toPrimaryHost(path, suffix)).orElse(url);
        }
        return rewriteRelative(path, suffix, image).orElse(url);
    }

    /** The path of an absolute link to a site host ({@code https://docs.airbyte.com/x}). */
    private Optional<String> findSitePath(String path) {
        int hostStart;
        if (path.startsWith("//")) {
            hostStart = 2;
        } else if (startsWithIgnoreCase(path, "https://")) {
            hostStart = 8;
        } else if (startsWithIgnoreCase(path, "http://")) {
            hostStart = 7;
        } else {
            return Optional.empty();
        }
        int slash = path.indexOf('/', hostStart);
        int hostEnd = slash < 0 ? path.length() : slash;
        String host = UrlPaths.hostOfAuthority(path.substring(hostStart, hostEnd));
        return options.siteHosts().contains(host) ? Optional.of(path.substring(hostEnd)) : Optional.empty();
    }

    /** A path from the site root: a page link when it is under {@code integrations/}. */
    private Optional<String> rewriteRootPath(String path, String suffix, boolean image) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (!isUnderPages(p)) {
            return Optional.empty();
        }
        return Optional.of(request.root() + (image ? p : toPagePath(p)) + suffix);
    }

    private Optional<String> toPrimaryHost(String path, String suffix) {
        String host = options.primaryHost();
        return host.isEmpty() ? Optional.empty() : Optional.of("https://" + host + path + suffix);
    }

    /**
     * A relative link: {@code .md} files and images resolve from the doc's folder, as Docusaurus
     * resolves files; other links resolve from the doc's URL, as a browser on the docs site did.
     */
    private Optional<String> rewriteRelative(String path, String suffix, boolean image) {
        Optional<String> resolved = UrlPaths.resolvePath(baseFor(request, path, image), path);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        String p = resolved.get();
        if (image) {
            return Optional.of(request.root() + p + suffix);
        }
        if (isUnderPages(p)) {
            return Optional.of(request.root() + toPagePath(p) + suffix);
        }
        return toPrimaryHost("/" + toPagePath(p), suffix).or(() -> Optional.of(request.root() + toPagePath(p) + suffix));
    }

    /** {@code integrations/sources/x.md} becomes {@code integrations/sources/x/}. */
    static String toPagePath(String p) {
        String path = stripMarkdownExtension(p);
        for (String index : List.of("README", "index")) {
            if (path.equals(index) || path.endsWith("/" + index)) {
                path = path.substring(0, path.length() - index.length());
            }
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return path;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path : path + "/";
    }

    /** The folder a relative link of the doc resolves from (see {@link #rewriteRelative}). */
    static String baseFor(RenderRequest request, String path, boolean image) {
        boolean file = image || isMarkdownFile(path);
        return file && request.isFolderIndex() ? request.urlPath() : parentOf(request.urlPath());
    }

    private static String parentOf(String urlPath) {
        int slash = urlPath.lastIndexOf('/');
        return slash < 0 ? "" : urlPath.substring(0, slash);
    }

    private static boolean isUnderPages(String p) {
        for (String pages : PAGES) {
            if (p.equals(pages) || p.startsWith(pages + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarkdownFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".mdx");
    }

    private static String stripMarkdownExtension(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md")) {
            return path.substring(0, path.length() - 3);
        }
        return lower.endsWith(".mdx") ? path.substring(0, path.length() - 4) : path;
    }

    /** {@code mailto:}, {@code file:}, {@code https:}...: anything with a URI scheme. */
    private static boolean hasScheme(String path) {
        return UrlPaths.findSchemeEnd(path) > 0;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
