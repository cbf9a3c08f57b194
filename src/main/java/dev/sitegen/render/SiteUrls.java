package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.SiteFacts;
import java.util.Optional;

/**
 * Absolute URLs for feeds, the sitemap and calendars, which cannot use relative links: the
 * configured {@code siteUrl}, else {@code https://} plus the site host load inferred, followed by the
 * base path. {@code publishedRoot} is the same without {@code --base-url}: where a preview's site is
 * published, which its docs link to.
 */
record SiteUrls(String absoluteRoot, String publishedRoot) {

    static SiteUrls createSiteUrls(SiteConfig config, SiteFacts facts, Optional<String> baseUrl) {
        String origin = config.siteUrl().map(SiteUrls::originOf)
                .orElseGet(() -> "https://" + facts.siteHost().orElse("localhost"));
        String published = config.siteUrl().map(SiteUrls::pathOf).orElse("/");
        String path = baseUrl.filter(b -> b.startsWith("/")).orElse(published);
        return new SiteUrls(origin + path, origin + published);
    }

    String absolute(String sitePath) {
        return absoluteRoot + sitePath;
    }

    private static String originOf(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static String pathOf(String url) {
        String origin = originOf(url);
        String rest = url.substring(origin.length());
        return rest.endsWith("/") ? rest : rest + "/";
    }
}
