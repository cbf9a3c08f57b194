package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;
import dev.sitegen.render.LinkSources;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies the links of a page the way a browser on the published site resolves them: relative
 * ones against the page's folder, root paths against the site's base path ({@code --base-url} or
 * the path of the site URL), absolute ones on the site's own URL as internal (a preview's base URL, and
 * the URL the site is published at); http(s) links to a docs host outside those are
 * {@link LinkTarget.Kind#OFFSITE}, all others external.
 */
final class SiteAddress {

    private final String absoluteRoot;
    private final String publishedRoot;
    private final Optional<String> absoluteBase;
    private final String basePath;
    private final Set<String> siteHosts;

    /**
     * @param absoluteRoot the site's URL, ending with {@code /}
     * @param baseUrl the normalised base URL: a path ({@code /pr-123/}) or an absolute URL
     * @param siteHosts lower-case host names the docs call their own site
     */
    SiteAddress(String absoluteRoot, Optional<String> baseUrl, Set<String> siteHosts) {
        this(absoluteRoot, absoluteRoot, baseUrl, siteHosts);
    }

    /**
     * @param publishedRoot the site's URL without {@code --base-url}, ending with {@code /}: links to it
     *                      are internal too, so a preview judges them as the published build does
     */
    SiteAddress(String absoluteRoot, String publishedRoot, Optional<String> baseUrl, Set<String> siteHosts) {
        this.absoluteRoot = absoluteRoot;
        this.publishedRoot = publishedRoot;
        this.absoluteBase = baseUrl.filter(b -> b.contains("://"));
        this.basePath = baseUrl.filter(b -> b.startsWith("/")).orElseGet(() -> pathOf(absoluteRoot));
        this.siteHosts = siteHosts;
    }

    LinkTarget classify(String page, String href) {
        String h = href.strip();
        if (h.isEmpty()) {
            return LinkTarget.SKIP;
        }
        if (h.charAt(0) == '#') {
            return LinkTarget.internal(page, UrlPaths.decodePercent(h.substring(1)));
        }
        if (h.startsWith("//")) {
            return classifyAbsolute("https:" + h);
        }
        int colon = UrlPaths.findSchemeEnd(h);
        if (colon > 0) {
            String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? classifyAbsolute(h) : LinkTarget.SKIP;
        }
        if (h.charAt(0) == '/') {
            return h.startsWith(basePath) ? resolveFrom("", h.substring(basePath.length()), h)
                    : LinkTarget.of(LinkTarget.Kind.OFFSITE, h);
        }
        return resolveFrom(UrlPaths.folderOf(page), h, h);
    }

    private LinkTarget classifyAbsolute(String url) {
        if (url.concat("/").equalsIgnoreCase(absoluteRoot)) {
            return LinkTarget.internal("", "");
        }
        if (startsWithSite(url, absoluteRoot)) {
            return resolveFrom("", url.substring(absoluteRoot.length()), url);
        }
        if (absoluteBase.isPresent() && startsWithSite(url, absoluteBase.get())) {
            return resolveFrom("", url.substring(absoluteBase.get().length()), url);
        }
        // a preview's docs link to the site as published: the same pages, in this build
        if (url.concat("/").equalsIgnoreCase(publishedRoot)) {
            return LinkTarget.internal("", "");
        }
        if (startsWithSite(url, publishedRoot)) {
            return resolveFrom("", url.substring(publishedRoot.length()), url);
        }
        return siteHosts.contains(UrlPaths.hostOf(url)) ? LinkTarget.of(LinkTarget.Kind.OFFSITE, url)
                : LinkTarget.of(LinkTarget.Kind.EXTERNAL, url);
    }

    /** {@code rest} (path, query, fragment) resolved from {@code folder} of the site. */
    private static LinkTarget resolveFrom(String folder, String rest, String href) {
        int hash = rest.indexOf('#');
        String fragment = hash < 0 ? "" : UrlPaths.decodePercent(rest.substring(hash + 1));
        String path = rest.substring(0, UrlPaths.findSuffixStart(rest));
        return UrlPaths.resolvePath(folder, path)
                .map(p -> LinkTarget.internal(UrlPaths.decodePercent(p), fragment))
                .orElseGet(() -> LinkTarget.of(LinkTarget.Kind.ABOVE_ROOT, href));
    }

    /** Everything {@link #classify} depends on besides its arguments, as text (kept scans are keyed by it). */
    String describe() {
        return String.join("\n", absoluteRoot, publishedRoot, absoluteBase.orElse(""), basePath,
                String.join(" ", new java.util.TreeSet<>(siteHosts)));
    }

    /** Scheme and host compare case-insensitively, the path exactly. */
    /** The address of the site {@code sources} were recorded for. */
    static SiteAddress of(LinkSources sources) {
        return new SiteAddress(sources.absoluteRoot(), sources.publishedRoot(), sources.baseUrl(), sources.siteHosts());
    }

    private static boolean startsWithSite(String url, String root) {
        int scheme = root.indexOf("://");
        int pathStart = scheme < 0 ? 0 : root.indexOf('/', scheme + 3);
        int originEnd = pathStart < 0 ? root.length() : pathStart;
        return url.length() >= root.length() && url.regionMatches(true, 0, root, 0, originEnd)
                && url.startsWith(root.substring(originEnd), originEnd);
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? url.indexOf('/') : url.indexOf('/', scheme + 3);
        String path = slash < 0 ? "/" : url.substring(slash);
        return path.endsWith("/") ? path : path + "/";
    }
}
