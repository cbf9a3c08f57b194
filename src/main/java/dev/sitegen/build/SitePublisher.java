package dev.sitegen.build;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.SourceLines;
import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import dev.sitegen.model.BaseCatalog;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.publish.BreakingChangeEntry;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.publish.BuildSummary;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.InputSet;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.ReleaseSummary;
import dev.sitegen.publish.RenderCacheFile;
import dev.sitegen.publish.StagedOutput;
import dev.sitegen.render.RenderCache;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.SiteSink;
import dev.sitegen.verify.ExternalCheck;
import dev.sitegen.verify.ScanStore;
import dev.sitegen.verify.SiteVerifier;
import dev.sitegen.verify.VerifyOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The back half of a published build: render into a staging folder beside the output, verify the
 * links, and commit (manifest, stamp, swap) when the findings pass. The output is left untouched
 * otherwise, and render workers are stopped before a failed build deletes its staging folder.
 */
final class SitePublisher {

    private final Build build;
    private final Site site;
    private final OutputRequest request;
    private final RenderOptions render;
    private final InputStamps stamps;
    private final OutputPolicy policy;

    SitePublisher(Build build, OutputRequest request, RenderOptions render, InputStamps stamps) throws IOException {
        this.build = build;
        this.site = build.site();
        this.request = request;
        this.render = render;
        this.stamps = stamps;
        this.policy = OutputPolicy.of(site.layout());
    }

    BuildResult publishSite(CheckScope scope, BaseCatalog base) throws ConfigException, IOException {
        // the pages show the findings as the rules judged them, so an untouched connector's pages are the
        // same bytes with or without --changed-since; only the report and the outcome are scoped
        List<Diagnostic> judged = build.runChecks(CheckScope.all(), base);
        List<Diagnostic> checks = Build.demoteOutOfScope(judged, scope);
        // failing checks still render and verify in the staging folder (never swapped in), so one build
        // reports every error, check and link, instead of the link errors only after the checks are fixed
        boolean checksFail = build.countFindings(checks).fails(request.failOn());
        List<Path> connectorFiles = BuildInputs.listConnectorInputs(stamps.inputs(), site.catalog());
        SortedMap<String, FileStamp> before = new TreeMap<>(stamps.before());
        for (Path file : connectorFiles) {
            before.putIfAbsent(stamps.inputs().keyOf(file), FileStamp.stampFile(file));
        }
        InputSet withConnectorFiles = stamps.inputs().withFiles(connectorFiles);
        Path target;
        try {
            target = OutputTarget.checkOutput(site.layout(), policy, request, render.external());
        } catch (ConfigException e) {
            if (!checksFail) {
                throw e;
            }
            // nowhere to stage beside an output this build may not replace: the check findings come first
            return finish(BuildResult.Outcome.CHECKS_FAILED, checks, build.countFindings(checks), 0);
        }
        // the load memo is written aside before the render and forgotten: held through it, it raised the peak
        try (OutputLock lock = OutputTarget.lockOutput(target, request); StagedOutput output = StagedOutput.begin(lock);
             LoadCache.Spooled memo = LoadCache.spoolMemo(lock, site.layout(), stamps.memo())) {
            List<Diagnostic> links = new ArrayList<>();
            RenderCache cache = RenderCacheFile.openCache(output, stamps.key(), request.force(), request.notices());
            int pages;
            try {
                pages = renderAndVerify(judged, target, output, links, cache);
            } catch (RuntimeException | Error e) {
                // no worker may still write into the staging folder while closing the output deletes it
                build.workers().close();
                throw e;
            }
            List<Diagnostic> all = new ArrayList<>(checks);
            all.addAll(Build.demoteOutOfScope(links, scope));
            all.sort(Diagnostic.REPORT_ORDER);
            FindingCounts built = build.countFindings(all);
            boolean fails = built.fails(request.failOn());
            BuildResult.Outcome outcome = checksFail ? BuildResult.Outcome.CHECKS_FAILED
                    : fails ? BuildResult.Outcome.LINKS_FAILED : BuildResult.Outcome.BUILT;
            BuildResult result = finish(outcome, all, built, pages)
                    .withRenderCounts(cache.renderedPages(), cache.reusedPages());
            if (fails) {
                return result;
            }
            // the manifest counts every finding unscoped, so a preview's diff compares like with like
            List<Diagnostic> unscoped = new ArrayList<>(judged);
            unscoped.addAll(links);
            output.commit(summarizeBuild(site.catalog(), render.asOf(), build.countFindings(unscoped), base),
                    Optional.of(stamps.toPending(withConnectorFiles, before, pages, built,
                            new BuildStamp.Report(request.describeReportStyle(), result.report(),
                                    writeJsonReport(result.report(), all, built)))));
            memo.commit();
            return result;
        }
    }

    private BuildResult finish(BuildResult.Outcome outcome, List<Diagnostic> findings, FindingCounts counts,
                               int pages) {
        return new BuildResult(outcome, findings, counts, formatReport(request.format(), request.lines(),
                request.verbose(), findings, counts), pages, pages, 0, build.elapsed());
    }

    /**
     * Renders the site into {@code output} and verifies its links, adding the link findings to
     * {@code links}; returns the page count. The renderer and the verifier's index of every page
     * live only here, so the report and the commit after it run without them.
     */
    private int renderAndVerify(List<Diagnostic> checks, Path target, StagedOutput output, List<Diagnostic> links,
                                RenderCache cache) {
        SiteRenderer renderer = build.createRenderer(render);
        SiteVerifier verifier = new SiteVerifier(verifyOptions(renderer, target));
        ScanStore scans = output.pageScans().map(f -> ScanStore.of(f::findScan, f::keepScan, f::findKept, f::keepDecoded)).orElseGet(ScanStore::none);
        output.takeOutBaseUrl(renderer.linkSources().baseUrl(), renderer.linkSources().absoluteRoot());
        int pages = renderer.renderSite(site.catalog(), checks, verifier.wrap(output, scans), cache);
        cache.describeMismatches().ifPresent(request.notices());
        links.addAll(verifier.verifySite());
        return pages;
    }

    /** Link verification of the rendered site; external links are probed only when asked for. */
    private VerifyOptions verifyOptions(SiteRenderer renderer, Path target) {
        VerifyOptions options = VerifyOptions.of(site.config(), site.catalog(), renderer.linkSources());
        if (!render.external()) {
            return options;
        }
        return options.withExternalCheck(ExternalCheck.withCacheFile(OutputTarget.linkCacheOf(request, target),
                policy::writeCacheFile));
    }

    /** The findings as a JSON report, kept so an up-to-date build can print them in any format. */
    private String writeJsonReport(String printed, List<Diagnostic> all, FindingCounts counts) {
        return request.format() == ReportFormat.JSON ? printed
                : formatReport(ReportFormat.JSON, SourceLines.none(), all, counts);
    }

    static String formatReport(ReportFormat format, SourceLines lines, List<Diagnostic> findings,
                               FindingCounts counts) {
        return formatReport(format, lines, false, findings, counts);
    }

    /** The report in {@code format}; {@code verbose} text lists infos too. */
    static String formatReport(ReportFormat format, SourceLines lines, boolean verbose, List<Diagnostic> findings,
                               FindingCounts counts) {
        StringWriter text = new StringWriter();
        try {
            format.createReporter(lines, verbose).writeReport(findings, counts, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** What the manifest records about this build besides its files. */
    static BuildSummary summarizeBuild(Catalog catalog, LocalDate asOf, FindingCounts checks) {
        return summarizeBuild(catalog, asOf, checks, BaseCatalog.none());
    }

    /** As above, with what each connector changed since {@code base}'s ref releases. */
    static BuildSummary summarizeBuild(Catalog catalog, LocalDate asOf, FindingCounts checks, BaseCatalog base) {
        TreeMap<String, String> versions = new TreeMap<>();
        List<BreakingChangeEntry> breaking = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            versions.put(c.dir(), c.metadata().dockerImageTag());
            c.metadata().breakingChanges().forEach(b ->
                    breaking.add(new BreakingChangeEntry(c.dir(), b.version().raw(),
                            b.upgradeDeadline().map(Deadline::raw))));
        }
        return new BuildSummary(Build.describeGenerator(), asOf.toString(), versions, breaking, checks,
                ReleaseSummary.summarizeReleases(catalog, base));
    }
}
