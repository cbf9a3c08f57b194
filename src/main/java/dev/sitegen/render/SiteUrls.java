package dev.sitegen.render;

import dev.sitegen.check.SiteFacts;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.DocumentationUrls;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Absolute URLs for feeds, the sitemap and calendars, which cannot use relative links: the
 * configured {@code siteUrl}, else {@code https://} plus the most common documentationUrl host,
 * followed by the base path.
 */
record SiteUrls(String absoluteRoot) {

    static SiteUrls inferSiteUrls(SiteConfig config, Catalog catalog, Optional<String> baseUrl) {
        String origin = config.siteUrl().map(SiteUrls::originOf)
                .orElseGet(() -> "https://" + SiteFacts.inferSiteHost(config, catalog).orElse("localhost"));
        String path = baseUrl.filter(b -> b.startsWith("/")).orElseGet(() -> config.siteUrl()
                .map(SiteUrls::pathOf).orElse("/"));
        return new SiteUrls(origin + path);
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
