package dev.sitegen.load;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SiteFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes a site's {@link SiteFacts}: host and repository come from {@code site.yaml}; a monorepo
 * without one gets them inferred from the catalog itself (the most common documentationUrl host and the
 * most common GitHub repository of changelog PR links), so the same checks and links work there too.
 */
public final class SiteFactsInference {

    private SiteFactsInference() {
    }

    public static SiteFacts inferFacts(SiteConfig config, Catalog catalog) {
        return inferFacts(config, catalog, SiteFactsInference::countRepositories);
    }

    /** As above, each changelog table's repositories counted by {@code repositories} ({@link #countRepositories}). */
    static SiteFacts inferFacts(SiteConfig config, Catalog catalog, Function<Changelog, Map<String, Integer>> repositories) {
        return new SiteFacts(inferSiteHost(config, catalog), inferRepositoryUrl(config, catalog, repositories));
    }

    /** site.yaml's host, else the most common documentationUrl host (ties: alphabetical), lower case. */
    static Optional<String> inferSiteHost(SiteConfig config, Catalog catalog) {
        return config.siteUrl().flatMap(DocumentationUrls::findHost)
                .or(() -> {
                    Map<String, int[]> counts = new HashMap<>();
                    for (Connector c : catalog.connectors()) {
                        DocumentationUrls.findHost(c.metadata().documentationUrl()).ifPresent(h -> count(counts, h));
                    }
                    return findMostCommon(counts);
                })
                .map(h -> h.toLowerCase(Locale.ROOT));
    }

    /**
     * site.yaml's repository, else the most common GitHub repository of changelog PR links. Counted in plain loops:
     * it reads every changelog row of every connector (19,000 on the corpus) on the main thread of every check.
     */
    static Optional<String> inferRepositoryUrl(SiteConfig config, Catalog catalog) {
        return inferRepositoryUrl(config, catalog, SiteFactsInference::countRepositories);
    }

    private static Optional<String> inferRepositoryUrl(SiteConfig config, Catalog catalog,
                                                       Function<Changelog, Map<String, Integer>> repositories) {
        return config.repositoryUrl().map(SiteFactsInference::normalizeRepositoryUrl)
                .or(() -> {
                    Map<String, int[]> counts = new HashMap<>();
                    for (Connector c : catalog.connectors()) {
                        c.changelog().ifPresent(t -> repositories.apply(t)
                                .forEach((r, n) -> counts.computeIfAbsent(r, v -> new int[1])[0] += n));
                    }
                    return findMostCommon(counts);
                });
    }

    /** The GitHub repositories of one changelog table's PR links, each with how many rows link to it. */
    static Map<String, Integer> countRepositories(Changelog table) {
        Map<String, Integer> counts = new HashMap<>();
        for (ChangelogEntry e : table.entries()) {
            e.prUrl().flatMap(SiteFactsInference::findGithubRepository).ifPresent(r -> counts.merge(r, 1, Integer::sum));
        }
        return Map.copyOf(counts);
    }

    private static void count(Map<String, int[]> counts, String value) {
        counts.computeIfAbsent(value, v -> new int[1])[0]++;
    }

    /**
     * {@code https://github.com/<owner>/<repo>} of a GitHub URL, if it is one: {@code http(s)://}, an optional
     * {@code www.}, {@code github.com/}, then owner and repository, each a run of characters other than {@code /},
     * {@code #}, {@code ?} and whitespace. Scanned by hand, not by a regular expression: it runs on every changelog
     * row of every connector (19,000 on the corpus), on the main thread of every check.
     */
    static Optional<String> findGithubRepository(String url) {
        String u = url.strip();
        int at = u.startsWith("https://") ? 8 : u.startsWith("http://") ? 7 : -1;
        if (at < 0) {
            return Optional.empty();
        }
        if (u.startsWith("www.github.com/", at)) {
            at += 4;
        }
        if (!u.startsWith("github.com/", at)) {
            return Optional.empty();
        }
        int ownerStart = at + "github.com/".length();
        int ownerEnd = skipNamePart(u, ownerStart);
        if (ownerEnd == ownerStart || ownerEnd >= u.length() || u.charAt(ownerEnd) != '/') {
            return Optional.empty();
        }
        int repoEnd = skipNamePart(u, ownerEnd + 1);
        if (repoEnd == ownerEnd + 1) {
            return Optional.empty();
        }
        return Optional.of(normalizeRepositoryUrl("https://github.com/" + u.substring(ownerStart, repoEnd)));
    }

    /** The end of the run of owner or repository characters from {@code from}: not {@code / # ?} nor whitespace. */
    private static int skipNamePart(String u, int from) {
        int i = from;
        while (i < u.length()) {
            char c = u.charAt(i);
            // \s of java.util.regex: space, \t, \n, \x0B, \f, \r
            if (c == '/' || c == '#' || c == '?' || c == ' ' || (c >= '\t' && c <= '\r')) {
                break;
            }
            i++;
        }
        return i;
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

    /** The most frequent value; ties go to the alphabetically first, so the answer never depends on order. */
    private static Optional<String> findMostCommon(Map<String, int[]> counts) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int n = e.getValue()[0];
            if (n > most || n == most && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }
}
