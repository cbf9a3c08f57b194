package dev.sitegen.cli;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.ReportSummary;
import dev.sitegen.check.SourceLines;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.publish.BreakingChangeEntry;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.publish.BuildSummary;
import dev.sitegen.publish.CheckCounts;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.InputSet;
import dev.sitegen.publish.OutputGuard;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.PublishException;
import dev.sitegen.publish.RenderCacheFile;
import dev.sitegen.publish.StagedOutput;
import dev.sitegen.render.RenderCache;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.verify.ExternalCheck;
import dev.sitegen.verify.SiteVerifier;
import dev.sitegen.verify.VerifyOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code build}: load, check, and when the checks pass (per {@code --fail-on}) render the site into a
 * staging folder beside {@code --out}, verify its links, report, and swap it in with its manifest.
 * With failing checks, broken links, an unsafe {@code --out} or a killed build, the previous output
 * is left untouched.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the connectors and build the site.")
final class BuildCommand implements Callable<Integer> {

    /** How long a build waits for another build of the same output folder to finish. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    @Mixin
    InputOptions input;

    @Mixin
    ChangedSinceOption changes;

    @Option(names = "--out", defaultValue = "site-out", paramLabel = "DIR",
            description = "Output folder (replaced as a whole; must be new, empty or an earlier site-gen output). "
                    + "Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--base-url", paramLabel = "PATH",
            description = "Serve the site under this path (e.g. /pr-123/). Default: relative links.")
    String baseUrl;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The date deadlines are judged against. Default: today.")
    LocalDate asOf;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Fail on: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--check-external",
            description = "Also probe external http(s) links (HEAD, then GET); 404, 410 and unknown hosts are warnings.")
    boolean checkExternal;

    @Option(names = "--link-cache", paramLabel = "FILE",
            description = "Result cache of --check-external. Default: .site-gen/link-cache.json beside DIR.")
    Path linkCache;

    @Option(names = "--force",
            description = "Build even when no input changed since the output was built (by default such a "
                    + "build only reports the earlier build's findings).")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Where this build may write its own files; set once ROOT's layout is known. */
    private OutputPolicy policy;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SiteLayout layout = SiteLayout.detect(input.root);
        policy = OutputPolicy.of(layout);
        // refused before anything is read or written; the files beside --out once it is resolved
        policy.checkFile(input.reportFile, "--report");
        LocalDate today = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        String key = BuildInputs.describeKey(layout, Optional.ofNullable(baseUrl), today);
        SiteConfig config = SiteConfigFile.readSiteConfig(layout);
        InputSet inputs = BuildInputs.describeInputs(layout, config);
        if (mayBeUpToDate() && reportUpToDate(layout, key, inputs, err)) {
            return 0;
        }
        // stamped before anything is read: an edit during this build makes the next one build again
        SortedMap<String, FileStamp> before = inputs.stampInputs();
        try (Workers workers = new Workers(input.threads())) {
            Session session = Session.open(layout, config, workers, Optional.empty());
            CheckScope scope = changes.narrowScope(session, CheckScope.all(), err);
            List<Diagnostic> diagnostics = demoteOutOfScope(session.runChecks(CheckScope.all()), scope);
            int connectors = session.catalog.connectors().size();
            ReportSummary summary = ReportSummary.summarize(connectors, diagnostics);
            if (summary.fails(failOn.threshold())) {
                session.printReport(input, diagnostics, summary, spec.commandLine().getOut());
                err.println("build failed: fix the errors above; " + out + " was left unchanged");
                return 1;
            }
            List<Path> icons = BuildInputs.listIcons(layout, session.catalog);
            for (Path icon : icons) {
                before.putIfAbsent(inputs.keyOf(icon), FileStamp.stampFile(icon));
            }
            InputSet withIcons = inputs.withFiles(icons);
            Path target = checkOutput(session.layout);
            int pages;
            RenderCache cache;
            try (OutputLock lock = lockOutput(target, err); StagedOutput output = StagedOutput.begin(lock)) {
                List<Diagnostic> links = new ArrayList<>();
                cache = RenderCacheFile.openCache(output, key, force, err::println);
                try {
                    pages = renderAndVerify(session, diagnostics, today, target, output, workers, links, cache);
                } catch (RuntimeException | Error e) {
                    // no worker may still write into the staging folder while closing the output deletes it
                    workers.close();
                    throw e;
                }
                List<Diagnostic> all = new ArrayList<>(diagnostics);
                all.addAll(demoteOutOfScope(links, scope));
                all.sort(Diagnostic.REPORT_ORDER);
                ReportSummary built = ReportSummary.summarize(connectors, all);
                String report = session.printReport(input, all, built, spec.commandLine().getOut());
                if (built.fails(failOn.threshold())) {
                    err.println("build failed: fix the broken links above; " + out + " was left unchanged");
                    return 1;
                }
                output.commit(summarizeBuild(session.catalog, today, built),
                        Optional.of(new BuildStamp.Pending(key, withIcons, before, pages, new BuildStamp.Counts(
                                connectors, built.errors(), built.warnings(), built.infos()),
                                new BuildStamp.Report(input.format.name(), report,
                                        writeJsonReport(report, all, built)))));
            }
            err.println("built " + pages + " pages into " + out + " (" + cache.describeCounts() + ")");
            return 0;
        }
    }

    /**
     * A build whose result can be known without building: not forced, no external links to probe
     * (their answers change by themselves), no git diff to narrow the checks.
     */
    private boolean mayBeUpToDate() {
        return !force && !checkExternal && changes.ref == null;
    }

    /**
     * When the output was built from these very inputs and is as that build left it, reports that
     * build's findings again and returns true. A stamp whose findings fail this build's
     * {@code --fail-on} is not used: the full build then fails exactly as it would have.
     */
    private boolean reportUpToDate(SiteLayout layout, String key, InputSet inputs, PrintWriter err)
            throws ConfigException, IOException {
        Path target;
        try {
            target = checkOutput(layout);
        } catch (ConfigException e) {
            // not an output this build may replace: the full build says so, after its checks
            return false;
        }
        if (!BuildStamp.hasStamp(target)) {
            return false;
        }
        Optional<BuildStamp> stamp;
        Optional<String> text = Optional.empty();
        Optional<List<Diagnostic>> findings = Optional.empty();
        try (OutputLock lock = lockOutput(target, err)) {
            stamp = BuildStamp.findUpToDate(lock, key, inputs);
            if (stamp.isEmpty() || summarize(stamp.get()).fails(failOn.threshold())) {
                return false;
            }
            text = BuildStamp.readReportText(target, input.format.name());
            if (text.isEmpty()) {
                findings = BuildStamp.readFindingsJson(target).flatMap(ReportFormat::readJsonReport);
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (text.isPresent()) {
            Session.printText(layout, input, text.get(), stdout);
        } else if (findings.isPresent()) {
            Session.printReport(layout, input, findings.get(), summarize(stamp.get()), stdout);
        } else {
            return false;
        }
        err.println("up to date: no input changed since " + out + " was built (" + stamp.get().pages()
                + " pages); --force builds anyway");
        return true;
    }

    /** The findings as a JSON report, kept so an up-to-date build can print them in any format. */
    private String writeJsonReport(String printed, List<Diagnostic> all, ReportSummary summary) throws IOException {
        if (input.format == ReportFormat.JSON) {
            return printed;
        }
        StringBuilder json = new StringBuilder();
        ReportFormat.JSON.createReporter(SourceLines.none()).writeReport(all, summary, json);
        return json.toString();
    }

    private static ReportSummary summarize(BuildStamp stamp) {
        BuildStamp.Counts c = stamp.counts();
        return new ReportSummary(c.connectors(), c.errors(), c.warnings(), c.infos());
    }

    /**
     * Renders the site into {@code output} and verifies its links, adding the link findings to
     * {@code links}; returns the page count. The renderer and the verifier's index of every page
     * live only here, so the report and the commit after it run without them.
     */
    private int renderAndVerify(Session session, List<Diagnostic> checks, LocalDate today, Path target,
                                StagedOutput output, Workers workers, List<Diagnostic> links, RenderCache cache)
            throws ConfigException, IOException {
        SiteRenderer renderer = new SiteRenderer(session.config, session.facts, Optional.ofNullable(baseUrl),
                today, session.site.snippets(), session.layout.root(), workers);
        SiteVerifier verifier = new SiteVerifier(verifyOptions(session, renderer, target));
        int pages = renderer.renderSite(session.catalog, checks, verifier.wrap(output), cache);
        cache.describeMismatches().ifPresent(spec.commandLine().getErr()::println);
        links.addAll(verifier.verifySite());
        return pages;
    }

    /** Link verification of the rendered site; external links are probed only with --check-external. */
    private VerifyOptions verifyOptions(Session session, SiteRenderer renderer, Path target) {
        VerifyOptions options = VerifyOptions.of(session.config, session.catalog, renderer.linkSources());
        if (!checkExternal) {
            return options;
        }
        return options.withExternalCheck(ExternalCheck.withCacheFile(linkCacheOf(target), policy::writeCacheFile));
    }

    /** The {@code --check-external} result cache: {@code --link-cache}, or one beside the output. */
    private Path linkCacheOf(Path target) {
        return linkCache != null ? linkCache : target.resolveSibling(".site-gen").resolve("link-cache.json");
    }

    /**
     * A preview build renders every connector, but only the connectors a pull request changed may
     * fail it: the others' findings are kept, as info, so the page and report still show them.
     */
    static List<Diagnostic> demoteOutOfScope(List<Diagnostic> diagnostics, CheckScope scope) {
        return diagnostics.stream()
                .map(d -> d.connector().isEmpty() || scope.includes(d.connector()) || d.severity() == Severity.OFF
                        ? d : d.withSeverity(Severity.INFO))
                .toList();
    }

    /**
     * The real output folder, once it is neither a source folder, {@code /}, home nor someone else's,
     * and the files kept beside it (lock, build stamp, link cache) may be written.
     */
    private Path checkOutput(SiteLayout layout) throws ConfigException, IOException {
        Path target;
        try {
            target = OutputGuard.checkTarget(out, layout.root(),
                    List.of(layout.connectorsDir(), layout.docsDir(), layout.guidesDir()),
                    Path.of(System.getProperty("user.home", "/")));
        } catch (PublishException e) {
            throw OutputPolicy.refused(e);
        }
        policy.checkBeside(target);
        policy.checkFile(checkExternal ? linkCacheOf(target) : null, "--link-cache");
        return target;
    }

    private static OutputLock lockOutput(Path target, PrintWriter err) throws ConfigException, IOException {
        try {
            return OutputLock.acquire(target, LOCK_WAIT, message -> {
                err.println(message);
                err.flush();
            });
        } catch (PublishException e) {
            throw OutputPolicy.refused(e);
        }
    }

    /** What the manifest records about this build besides its files. */
    private static BuildSummary summarizeBuild(Catalog catalog, LocalDate asOf, ReportSummary checks) {
        TreeMap<String, String> versions = new TreeMap<>();
        List<BreakingChangeEntry> breaking = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            versions.put(c.dir(), c.metadata().dockerImageTag());
            c.metadata().breakingChanges().forEach(b ->
                    breaking.add(new BreakingChangeEntry(c.dir(), b.version().raw(),
                            b.upgradeDeadline().map(Deadline::raw))));
        }
        return new BuildSummary(new SiteGenCommand.Version().getVersion()[0], asOf.toString(), versions, breaking,
                new CheckCounts(checks.connectors(), checks.errors(), checks.warnings(), checks.infos()));
    }
}
