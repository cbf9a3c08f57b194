package dev.sitegen.check;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.DocumentationUrls;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SourcePos;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site-wide facts rules compare a connector against: the host its docs are published on, the
 * repository its changelog pull requests belong to, and which connectors read the same changelog
 * table (a doc shared without per-connector tables). Host and repository come from {@code site.yaml};
 * a monorepo without one gets them inferred from the catalog itself (the most common documentationUrl
 * host and the most common GitHub repository of changelog PR links), so the same checks run there too.
 */
record CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl,
                    Map<SourcePos, List<String>> changelogReaders, Set<String> mappedComponents) {

    CheckContext {
        changelogReaders = Map.copyOf(changelogReaders);
        mappedComponents = Set.copyOf(mappedComponents);
    }

    CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl,
                 Map<SourcePos, List<String>> changelogReaders) {
        this(siteHost, repositoryUrl, changelogReaders, Set.of());
    }

    /** A context where every connector has its changelog table to itself. */
    CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl) {
        this(siteHost, repositoryUrl, Map.of());
    }

    private static final Pattern GITHUB_REPO = Pattern.compile("^https?://(?:www\\.)?github\\.com/([^/\\s#?]+)/([^/\\s#?]+)");

    static CheckContext inferContext(SiteConfig config, Catalog catalog) {
        return new CheckContext(inferSiteHost(config, catalog), inferRepositoryUrl(config, catalog),
                listChangelogReaders(catalog), config.snippets().keySet());
    }

    /** site.yaml's host, else the most common documentationUrl host, lower case. */
    static Optional<String> inferSiteHost(SiteConfig config, Catalog catalog) {
        return config.siteUrl().flatMap(DocumentationUrls::findHost)
                .or(() -> findMostCommon(catalog.connectors().stream()
                        .flatMap(c -> DocumentationUrls.findHost(c.metadata().documentationUrl()).stream())))
                .map(h -> h.toLowerCase(Locale.ROOT));
    }

    /** site.yaml's repository, else the most common GitHub repository of changelog PR links. */
    static Optional<String> inferRepositoryUrl(SiteConfig config, Catalog catalog) {
        return config.repositoryUrl().map(CheckContext::normalizeRepositoryUrl)
                .or(() -> findMostCommon(catalog.connectors().stream()
                        .flatMap(CheckContext::listPrUrls)
                        .flatMap(u -> findGithubRepository(u).stream())));
    }

    /**
     * Whether the rules that judge a row on its own (order, duplicates, shape, date, link) report
     * this connector's rows: a table read by several connectors is reported once, for the first of
     * them by folder name, so one typo is one diagnostic.
     */
    boolean ownsChangelogRows(Connector c) {
        return c.changelog().map(t -> changelogReaders.getOrDefault(t.pos(), List.of(c.dir())).get(0))
                .filter(c.dir()::equals).isPresent();
    }

    /** The other connectors reading this connector's changelog table, sorted. */
    List<String> listTableSharers(Connector c) {
        return c.changelog().map(t -> changelogReaders.getOrDefault(t.pos(), List.of())).orElse(List.of())
                .stream().filter(d -> !d.equals(c.dir())).toList();
    }

    private static Map<SourcePos, List<String>> listChangelogReaders(Catalog catalog) {
        return catalog.connectors().stream().filter(c -> c.changelog().isPresent())
                .collect(Collectors.groupingBy(c -> c.changelog().get().pos(), TreeMap::new,
                        Collectors.mapping(Connector::dir, Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().sorted().toList()))));
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
