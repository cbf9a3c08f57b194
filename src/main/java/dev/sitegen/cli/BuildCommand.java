package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.build.BuildResult;
import dev.sitegen.build.CheckScope;
import dev.sitegen.build.OutputPolicy;
import dev.sitegen.build.OutputRequest;
import dev.sitegen.build.RenderOptions;
import dev.sitegen.build.UpToDate;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.QuotedLines;
import dev.sitegen.load.SiteConfigFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code build}: load, check, render the site into a staging folder beside {@code --out}, verify its
 * links, report every finding at once, and when they pass (per {@code --fail-on}) swap it in with its
 * manifest. With failing checks, broken links, an unsafe {@code --out} or a killed build, the previous
 * output is left untouched. The pipeline is {@link Build}'s; this parses options and prints.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the connectors and build the site.")
final class BuildCommand implements Callable<Integer> {

    private final Invocation invocation;

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

    /** Made by picocli through {@link InvocationFactory}. */
    BuildCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        SiteLayout layout = SiteLayout.detect(input.resolveRoot());
        // refused before anything is read or written; the files beside --out once it is resolved
        OutputPolicy.of(layout).checkFile(input.reportFile, "--report");
        RenderOptions render = new RenderOptions(Optional.ofNullable(baseUrl),
                asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC), checkExternal);
        // a git diff narrows the checks, so the stored findings may not be this run's
        OutputRequest request = new OutputRequest(out, Optional.ofNullable(linkCache), force || changes.ref != null,
                failOn.threshold(), input.format, new QuotedLines(layout)::findLine, message -> {
                    err.println(message);
                    err.flush();
                }, input.verbose, Path.of(invocation.home()));
        SiteConfig config = SiteConfigFile.readSiteConfig(layout);
        Optional<UpToDate> stored = UpToDate.findUpToDate(layout, config, request, render);
        if (stored.isPresent()) {
            printUpToDate(layout, stored.get(), stdout, err);
            return 0;
        }
        try (Workers workers = new Workers(input.threads())) {
            Build build = Build.loadToPublish(layout, config, render, request, workers);
            PullRequestScope changed = changes.readChanges(build, CheckScope.all(), err);
            // compared once, read by the change rules and the release summary alike
            BuildResult result = build.publishSite(request, render, changed.scope(),
                    changed.base().compareWith(build.site().catalog()));
            Reports.printText(layout, input, result.report(), stdout);
            String elapsed = Reports.formatSeconds(result.elapsed());
            switch (result.outcome()) {
                case CHECKS_FAILED -> err.println("build failed in " + elapsed + ": fix the errors above; " + out
                        + " was left unchanged");
                case LINKS_FAILED -> err.println("build failed in " + elapsed + ": fix the broken links above; " + out
                        + " was left unchanged");
                case BUILT -> err.println("built " + result.pages() + " pages into " + out + " ("
                        + result.describeRenderCounts() + ") in " + elapsed);
            }
            return result.outcome() == BuildResult.Outcome.BUILT ? 0 : 1;
        }
    }

    private void printUpToDate(SiteLayout layout, UpToDate stored, PrintWriter stdout, PrintWriter err)
            throws Exception {
        if (stored.text().isPresent()) {
            Reports.printText(layout, input, stored.text().get(), stdout);
        } else {
            Reports.printReport(layout, input, stored.findings().orElseThrow(), stored.counts(), stdout);
        }
        err.println("up to date: no input changed since " + out + " was built (" + stored.pages()
                + " pages); --force builds anyway");
    }
}
