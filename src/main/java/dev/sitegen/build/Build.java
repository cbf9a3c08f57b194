package dev.sitegen.build;

import dev.sitegen.check.Checker;
import dev.sitegen.check.RuleRegistry;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.SiteReader;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.verify.AnchorMemo;
import dev.sitegen.verify.ConnectorLinkCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One run of the pipeline over a loaded {@link Site}: check, and for a published build render,
 * verify and publish ({@link SitePublisher}). {@code check} stops after the checks, {@code build}
 * publishes, {@code serve} keeps the rendered site for its rebuilds ({@link LiveBuild}).
 */
public final class Build {

    private final Site site;
    private final Workers workers;
    private final long startNanos;
    private final Optional<InputStamps> inputs;
    /** The connectors read in full (all when empty); the others lack their specs ({@link SiteReader#readSiteFor}). */
    private final Optional<Set<String>> readInFull;
    /** What the connectors read in full later take from, and record into ({@link CheckCache}). */
    private final LoadMemo memo;

    private Build(Site site, Workers workers, long startNanos, Optional<InputStamps> inputs) {
        this(site, workers, startNanos, inputs, Optional.empty(), LoadMemo.none());
    }

    private Build(Site site, Workers workers, long startNanos, Optional<InputStamps> inputs,
                  Optional<Set<String>> readInFull, LoadMemo memo) {
        this.site = site;
        this.workers = workers;
        this.startNanos = startNanos;
        this.inputs = inputs;
        this.readInFull = readInFull.map(Set::copyOf);
        this.memo = memo;
    }

    /** Reads {@code root} whole. */
    public static Build load(Path root, Workers workers) throws ConfigException, IOException {
        SiteLayout layout = SiteLayout.detect(root);
        return load(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty());
    }

    /**
     * Reads a root whose layout and config were read already, for checking only the connectors in
     * {@code checked} (all when empty): the others' docs are not judged against the markdown limits
     * and their specs are not read ({@link SiteReader#readSiteFor}), as nothing about them is reported;
     * {@link #readInFull} and {@link #checkLinks} read any other connector they need in full.
     */
    public static Build load(SiteLayout layout, SiteConfig config, Workers workers, Optional<Set<String>> checked)
            throws ConfigException, IOException {
        long start = System.nanoTime();
        checkRuleIds(layout, config);
        if (checked.isEmpty()) {
            return new Build(SiteReader.readSite(layout, config, workers, Optional.empty()), workers, start,
                    Optional.empty());
        }
        return new Build(SiteReader.readSiteFor(layout, config, workers, checked.get()), workers, start,
                Optional.empty(), checked, LoadMemo.none());
    }

    /**
     * As {@link #load(SiteLayout, SiteConfig, Workers, Optional)} for {@code check}, taking what did not change
     * since the last check of this root from {@code cache} (which records this load, for
     * {@link CheckCache#keepMemo}); the findings are the same with it or without.
     */
    public static Build loadToCheck(SiteLayout layout, SiteConfig config, Workers workers,
                                    Optional<Set<String>> checked, CheckCache cache)
            throws ConfigException, IOException {
        long start = System.nanoTime();
        checkRuleIds(layout, config);
        LoadMemo memo = cache.memo();
        if (checked.isEmpty()) {
            return new Build(SiteReader.readSite(layout, config, workers, memo), workers, start, Optional.empty());
        }
        return new Build(SiteReader.readSiteFor(layout, config, workers, checked.get(), memo), workers, start,
                Optional.empty(), checked, memo);
    }

    /** This build with the connectors in {@code dirs} read in full, as a load of every connector reads them. */
    public Build readInFull(Collection<String> dirs) {
        if (readInFull.isEmpty()) {
            return this;
        }
        Set<String> all = new TreeSet<>(readInFull.get());
        all.addAll(dirs);
        return new Build(SiteReader.readInFull(site, readInFull.get(), Set.copyOf(dirs), workers, memo), workers,
                startNanos, inputs, Optional.of(all), memo);
    }

    /**
     * Reads a root to publish it: the inputs are stamped first, before anything is read, so an edit
     * during this build makes the next one build again.
     */
    public static Build loadToPublish(SiteLayout layout, SiteConfig config, RenderOptions render, Workers workers)
            throws ConfigException, IOException {
        long start = System.nanoTime();
        InputStamps stamps = InputStamps.stampInputs(layout, config, render, List.of(), LoadMemo.none());
        return new Build(readSite(layout, config, workers, Optional.empty()), workers, start, Optional.of(stamps));
    }

    /**
     * As {@link #loadToPublish(SiteLayout, SiteConfig, RenderOptions, Workers)} for {@code request}'s output:
     * what did not change of the connectors' folders and docs since that output's last build is taken from its
     * load cache ({@link LoadCache}; not with {@code --force}), and what this load read is kept for the next build.
     */
    public static Build loadToPublish(SiteLayout layout, SiteConfig config, RenderOptions render,
                                      OutputRequest request, Workers workers) throws ConfigException, IOException {
        long start = System.nanoTime();
        checkRuleIds(layout, config);
        LoadMemo memo = LoadCache.openMemo(layout, request);
        InputStamps stamps = InputStamps.stampInputs(layout, config, render, UpToDate.listKnownInputs(layout, request),
                memo);
        return new Build(SiteReader.readSite(layout, config, workers, memo), workers, start, Optional.of(stamps));
    }

    /** A site loaded by someone else (a preview's loader). */
    public static Build of(Site site, Workers workers) {
        return new Build(site, workers, System.nanoTime(), Optional.empty());
    }

    private static Site readSite(SiteLayout layout, SiteConfig config, Workers workers, Optional<Set<String>> checked)
            throws ConfigException, IOException {
        checkRuleIds(layout, config);
        return SiteReader.readSite(layout, config, workers, checked);
    }

    private static void checkRuleIds(SiteLayout layout, SiteConfig config) throws ConfigException {
        for (String rule : config.ruleSeverities().keySet()) {
            if (!RuleRegistry.isKnownRuleId(rule)) {
                throw new ConfigException(layout.relativize(layout.siteConfigFile()) + ": rules." + rule
                        + ": unknown rule id", "run 'site-gen rules' to list the rule ids");
            }
        }
    }

    public Site site() {
        return site;
    }

    Workers workers() {
        return workers;
    }

    /** The renderer of this site, made one way for every command. */
    SiteRenderer createRenderer(RenderOptions render) {
        return new SiteRenderer(site.config(), site.facts(), render.baseUrl(), render.asOf(), site.snippets(),
                site.layout().root(), workers);
    }

    /** Time since this build started loading. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Checks the connectors in {@code scope} (in parallel); an empty scope checks nothing. */
    public List<Diagnostic> runChecks(CheckScope scope) {
        return runChecks(scope, BaseCatalog.none());
    }

    /** As {@link #runChecks(CheckScope)}, each connector's change also judged against {@code base}. */
    public List<Diagnostic> runChecks(CheckScope scope, BaseCatalog base) {
        if (scope.selected().filter(Collection::isEmpty).isPresent()) {
            return List.of();
        }
        // the checker reads an empty list as every connector
        List<String> only = scope.selected().map(List::copyOf).orElse(List.of());
        return new Checker(site.config(), site.facts(), base).runChecks(site.catalog(), only, workers);
    }

    /**
     * The {@code broken-link} findings {@code build} would report on the docs and migration guides
     * of the connectors in {@code scope}, found without rendering the site or writing anything (see
     * {@link ConnectorLinkCheck}); pages are judged as a build with default options renders them.
     */
    public List<Diagnostic> checkLinks(CheckScope scope) {
        return checkLinks(scope, AnchorMemo.none());
    }

    /** As {@link #checkLinks(CheckScope)}, doc pages rendered only for their anchors taken from {@code anchors}. */
    public List<Diagnostic> checkLinks(CheckScope scope, AnchorMemo anchors) {
        List<String> dirs = scope.selected().map(List::copyOf)
                .orElseGet(() -> site.catalog().connectors().stream().map(Connector::dir).toList());
        if (dirs.isEmpty()) {
            return List.of();
        }
        SiteRenderer renderer = createRenderer(new RenderOptions(Optional.empty(), LocalDate.now(ZoneOffset.UTC), false));
        // a page rendered for its anchors shows its connectors' specs (the Reference section): read them first
        Build[] latest = {this};
        return new ConnectorLinkCheck(site.config(), site.catalog(), renderer, workers, anchors).checkLinks(dirs,
                needed -> {
                    latest[0] = latest[0].readInFull(needed);
                    return latest[0].site().catalog();
                });
    }

    /** The names that are no connector folder of this root (nor one that failed to load). */
    public List<String> findUnknownConnectors(Collection<String> names) {
        Catalog catalog = site.catalog();
        return names.stream().filter(name -> catalog.findConnector(name).isEmpty()
                && catalog.loadDiagnostics().stream().noneMatch(d -> d.connector().equals(name))).toList();
    }

    /**
     * Checks every connector, renders the site beside the output and verifies its links (failing
     * checks too, so one build reports everything) and, when all findings pass {@code request}'s
     * {@code failOn}, swaps it in with its manifest and build stamp. Findings outside {@code scope}
     * (of neither its connectors nor its changed files) are reported as info; the pages and the
     * manifest's counts do not depend on it.
     */
    public BuildResult publishSite(OutputRequest request, RenderOptions render, CheckScope scope)
            throws ConfigException, IOException {
        return publishSite(request, render, scope, BaseCatalog.none());
    }

    /** As {@link #publishSite(OutputRequest, RenderOptions, CheckScope)}, changes judged against {@code base}. */
    public BuildResult publishSite(OutputRequest request, RenderOptions render, CheckScope scope, BaseCatalog base)
            throws ConfigException, IOException {
        InputStamps stamps = inputs.orElseThrow(() -> new IllegalStateException("not loaded to publish"));
        return new SitePublisher(this, request, render, stamps).publishSite(scope, base);
    }

    /**
     * A preview build renders every connector, but only the pull request's own connectors and files may
     * fail it: the others' findings are kept, as info, so the report still shows them (the pages show
     * every finding as the rules judged it, whatever the scope).
     */
    static List<Diagnostic> demoteOutOfScope(List<Diagnostic> diagnostics, CheckScope scope) {
        return diagnostics.stream()
                .map(d -> scope.includesFinding(d) || d.severity() == Severity.OFF ? d : d.withSeverity(Severity.INFO))
                .toList();
    }

    FindingCounts countFindings(List<Diagnostic> findings) {
        return FindingCounts.summarize(site.catalog().connectors().size(), findings);
    }

    /** This generator's name and version, from the jar manifest ({@code dev} when run from classes). */
    public static String describeGenerator() {
        String v = Build.class.getPackage().getImplementationVersion();
        return "site-gen " + (v == null ? "dev" : v);
    }
}
