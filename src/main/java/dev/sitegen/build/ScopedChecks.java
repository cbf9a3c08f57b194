package dev.sitegen.build;

import dev.sitegen.check.Checker;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SiteFacts;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Re-checks a few connectors with the same result as a full check, without the full check's look at
 * every connector: the site-wide facts (the docs host and the changelogs' repository) are the ones load
 * computed over the whole catalog, and the checker sees only the connectors asked for plus those sharing
 * their changelog tables. On a 600-connector monorepo this turns a check of one connector from a scan of
 * every changelog row into a look at one doc.
 */
final class ScopedChecks {

    private final Checker checker;

    private ScopedChecks(Checker checker) {
        this.checker = checker;
    }

    /** Checks pinned to {@code facts}, the facts of the whole catalog. */
    static ScopedChecks pinFacts(SiteConfig config, SiteFacts facts) {
        return new ScopedChecks(new Checker(config, facts));
    }

    /** The findings for {@code dirs} (not empty) exactly as {@code new Checker(config, facts).runChecks(catalog, dirs)}. */
    List<Diagnostic> runChecks(Catalog catalog, Set<String> dirs) {
        Set<SourcePos> tables = catalog.connectors().stream().filter(c -> dirs.contains(c.dir()))
                .flatMap(c -> c.changelog().stream()).map(t -> t.pos()).collect(Collectors.toSet());
        List<Connector> scope = catalog.connectors().stream().filter(c -> dirs.contains(c.dir())
                || c.changelog().filter(t -> tables.contains(t.pos())).isPresent()).toList();
        Catalog reduced = new Catalog(scope, catalog.docs(), catalog.guides(), catalog.loadDiagnostics().stream()
                .filter(d -> dirs.contains(d.connector())).toList());
        return checker.runChecks(reduced, dirs);
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
