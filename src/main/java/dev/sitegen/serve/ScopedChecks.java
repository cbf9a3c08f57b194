package dev.sitegen.serve;

import dev.sitegen.check.Checker;
import dev.sitegen.check.SiteFacts;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.load.DocumentationUrls;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-checks a few connectors with the same result as a full check, without the full check's scan of
 * every connector for the site-wide facts (the docs host and the changelogs' repository, inferred when
 * {@code site.yaml} does not set them). The facts found over the whole catalog are written into a copy
 * of the config, and the checker sees only the connectors asked for plus those sharing their changelog
 * tables. On a 600-connector monorepo this turns a check of one connector from a scan of every
 * changelog row into a look at one doc.
 */
final class ScopedChecks {

    private final SiteConfig pinned;

    private ScopedChecks(SiteConfig pinned) {
        this.pinned = pinned;
    }

    /** Pins the facts of {@code catalog}; the repository may be passed in when already known. */
    static ScopedChecks pinFacts(SiteConfig config, Catalog catalog, Optional<String> repositoryUrl) {
        Optional<String> siteUrl = config.siteUrl().or(() -> SiteFacts.inferSiteHost(config, catalog).map(h -> "https://" + h));
        return new ScopedChecks(new SiteConfig(config.title(), siteUrl, config.repositoryUrl().or(() -> repositoryUrl),
                config.editBranch(), config.editPath(), config.ruleSeverities(), config.snippets()));
    }

    static ScopedChecks pinFacts(SiteConfig config, Catalog catalog) {
        return pinFacts(config, catalog, SiteFacts.inferRepositoryUrl(config, catalog));
    }

    /** The findings for {@code dirs} (not empty) exactly as {@code new Checker(config).runChecks(catalog, dirs)}. */
    List<Diagnostic> runChecks(Catalog catalog, Set<String> dirs) {
        Set<SourcePos> tables = catalog.connectors().stream().filter(c -> dirs.contains(c.dir()))
                .flatMap(c -> c.changelog().stream()).map(t -> t.pos()).collect(Collectors.toSet());
        List<Connector> scope = catalog.connectors().stream().filter(c -> dirs.contains(c.dir())
                || c.changelog().filter(t -> tables.contains(t.pos())).isPresent()).toList();
        Catalog reduced = new Catalog(scope, catalog.docs(), catalog.guides(), catalog.loadDiagnostics().stream()
                .filter(d -> dirs.contains(d.connector())).toList());
        return new Checker(pinned).runChecks(reduced, dirs);
    }

    /**
     * The previous findings with those of {@code dirs} replaced by {@code fresh}, in report order and
     * one per rule, place and message (the first connector by name keeps a shared doc's), as a full
     * check would report them.
     */
    static List<Diagnostic> mergeFindings(List<Diagnostic> previous, Set<String> dirs, List<Diagnostic> fresh) {
        List<Diagnostic> merged = new ArrayList<>(previous);
        merged.removeIf(d -> dirs.contains(d.connector()));
        merged.addAll(fresh);
        Set<List<Object>> seen = new HashSet<>();
        return merged.stream().sorted(Diagnostic.REPORT_ORDER)
                .filter(d -> seen.add(List.of(d.rule(), d.pos(), d.message())))
                .toList();
    }

    /** Whether the connectors' changelog links differ, which may move the inferred repository. */
    static boolean changesPullRequestLinks(Catalog before, Catalog after, Set<String> dirs) {
        return dirs.stream().anyMatch(d -> !listPrUrls(before, d).equals(listPrUrls(after, d)));
    }

    private static List<Optional<String>> listPrUrls(Catalog catalog, String dir) {
        return catalog.findConnector(dir).flatMap(Connector::changelog).map(t -> t.entries().stream()
                .map(ChangelogEntry::prUrl).toList()).orElse(List.of());
    }

}
