package dev.sitegen.check;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.SiteFacts;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The site-wide facts rules compare a connector against: the host its docs are published on, the
 * repository its changelog pull requests belong to, and which connectors read the same changelog
 * table (a doc shared without per-connector tables). Host and repository are the {@link SiteFacts} load
 * computed for the whole site, so checking a few connectors compares them against the same facts.
 * {@code base} is what the changed connectors were at {@code --changed-since}'s ref ({@link BaseCatalog#none()}
 * without it), for the rules that judge a change.
 */
record CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl,
                    Map<SourcePos, List<String>> changelogReaders, Set<String> mappedComponents, BaseCatalog base) {

    CheckContext {
        changelogReaders = Map.copyOf(changelogReaders);
        mappedComponents = Set.copyOf(mappedComponents);
    }

    CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl,
                 Map<SourcePos, List<String>> changelogReaders) {
        this(siteHost, repositoryUrl, changelogReaders, Set.of(), BaseCatalog.none());
    }

    /** A context where every connector has its changelog table to itself. */
    CheckContext(Optional<String> siteHost, Optional<String> repositoryUrl) {
        this(siteHost, repositoryUrl, Map.of());
    }

    /** The context for {@code catalog}, with the facts computed when the site was loaded. */
    static CheckContext createContext(SiteConfig config, SiteFacts facts, Catalog catalog) {
        return createContext(config, facts, catalog, BaseCatalog.none());
    }

    /** As {@link #createContext(SiteConfig, SiteFacts, Catalog)}, judging changes against {@code base}. */
    static CheckContext createContext(SiteConfig config, SiteFacts facts, Catalog catalog, BaseCatalog base) {
        return new CheckContext(facts.siteHost(), facts.repositoryUrl(), listChangelogReaders(catalog),
                config.snippets().keySet(), base);
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
}
