package dev.sitegen.load;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SiteFacts;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Computes a site's {@link SiteFacts}: host and repository come from {@code site.yaml}; a monorepo
 * without one gets them inferred from the catalog itself (the most common documentationUrl host and the
 * most common GitHub repository of changelog PR links), so the same checks and links work there too.
 */
public final class SiteFactsInference {

    private static final Pattern GITHUB_REPO = Pattern.compile("^https?://(?:www\\.)?github\\.com/([^/\\s#?]+)/([^/\\s#?]+)");

    private SiteFactsInference() {
    }

    public static SiteFacts inferFacts(SiteConfig config, Catalog catalog) {
        return new SiteFacts(inferSiteHost(config, catalog), inferRepositoryUrl(config, catalog));
    }

    /** site.yaml's host, else the most common documentationUrl host (ties: alphabetical), lower case. */
    static Optional<String> inferSiteHost(SiteConfig config, Catalog catalog) {
        return config.siteUrl().flatMap(DocumentationUrls::findHost)
                .or(() -> findMostCommon(catalog.connectors().stream()
                        .flatMap(c -> DocumentationUrls.findHost(c.metadata().documentationUrl()).stream())))
                .map(h -> h.toLowerCase(Locale.ROOT));
    }

    /** site.yaml's repository, else the most common GitHub repository of changelog PR links. */
    static Optional<String> inferRepositoryUrl(SiteConfig config, Catalog catalog) {
        return config.repositoryUrl().map(SiteFactsInference::normalizeRepositoryUrl)
                .or(() -> findMostCommon(catalog.connectors().stream()
                        .flatMap(SiteFactsInference::listPrUrls)
                        .flatMap(u -> findGithubRepository(u).stream())));
    }

    /** {@code https://github.com/<owner>/<repo>} of a GitHub URL, if it is one. */
    static Optional<String> findGithubRepository(String url) {
        Matcher m = GITHUB_REPO.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(normalizeRepositoryUrl("https://github.com/" + m.group(1) + "/" + m.group(2)));
    }

    static String normalizeRepositoryUrl(String url) {
        String u = url.strip();
        int end = u.length();
        while (end > 0 && u.charAt(end - 1) == '/') {
            end--;
        }
        u = u.substring(0, end);
        return u.endsWith(".git") ? u.substring(0, u.length() - 4) : u;
    }

    private static Stream<String> listPrUrls(Connector c) {
        return c.changelog().map(Changelog::entries).stream().flatMap(List::stream)
                .map(ChangelogEntry::prUrl).flatMap(Optional::stream);
    }

    /** The most frequent value; ties go to the alphabetically first, so the answer never depends on order. */
    private static Optional<String> findMostCommon(Stream<String> values) {
        Map<String, Long> counts = values.collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
