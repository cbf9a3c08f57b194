package dev.sitegen.check;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SiteFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every connector rule over a catalog, merges in the diagnostics found while loading, applies
 * the configured severities (dropping rules set to {@code off}) and returns them in report order.
 * The site facts (host, repository) are given, computed by load over the whole catalog, so
 * {@code --only} never changes what a connector is compared against.
 */
public final class Checker {

    private final SiteConfig config;
    private final SiteFacts facts;
    private final Map<String, Severity> overrides;
    private final BaseCatalog base;

    public Checker(SiteConfig config, SiteFacts facts) {
        this(config, facts, BaseCatalog.none());
    }

    /** A checker that also judges each connector's change against {@code base} (a pull request's base ref). */
    public Checker(SiteConfig config, SiteFacts facts, BaseCatalog base) {
        this.config = config;
        this.facts = facts;
        this.overrides = config.ruleSeverities();
        this.base = base;
    }

    /** Checks the connectors named in {@code only}, or all of them when it is empty. */
    public List<Diagnostic> runChecks(Catalog catalog, Collection<String> only) {
        try (Workers oneThread = new Workers(1)) {
            return runChecks(catalog, only, oneThread);
        }
    }

    /** As {@link #runChecks(Catalog, Collection)}, connectors checked in parallel; the same findings. */
    public List<Diagnostic> runChecks(Catalog catalog, Collection<String> only, Workers workers) {
        Set<String> selected = Set.copyOf(only);
        CheckContext ctx = CheckContext.createContext(config, facts, catalog, base);
        List<Diagnostic> found = new ArrayList<>();
        catalog.loadDiagnostics().stream()
                .filter(d -> selected.isEmpty() || selected.contains(d.connector()))
                .forEach(found::add);
        List<Connector> checked = catalog.connectors().stream()
                .filter(c -> selected.isEmpty() || selected.contains(c.dir())).toList();
        // rules are pure functions of the connector and the context: each connector's findings apart
        for (List<Diagnostic> own : workers.mapInOrder(checked, c -> checkConnector(c, ctx))) {
            found.addAll(own);
        }
        return found.stream()
                .map(d -> d.withSeverity(overrides.getOrDefault(d.rule(), d.severity())))
                .filter(d -> d.severity() != Severity.OFF)
                .sorted(Diagnostic.REPORT_ORDER)
                .filter(distinctPlaces())
                .toList();
    }

    private static List<Diagnostic> checkConnector(Connector c, CheckContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : RuleRegistry.connectorRules()) {
            rule.checkConnector(c, ctx, out);
        }
        return out;
    }

    /**
     * Keeps one diagnostic per rule, place and message: a doc shared by several connectors would
     * otherwise report the same line once per connector. The first connector by name keeps it.
     */
    private static java.util.function.Predicate<Diagnostic> distinctPlaces() {
        Set<List<Object>> seen = new java.util.HashSet<>();
        return d -> seen.add(List.of(d.rule(), d.pos(), d.message()));
    }
}
