package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.build.CheckCache;
import dev.sitegen.build.CheckScope;
import dev.sitegen.build.OutputPolicy;
import dev.sitegen.check.Baseline;
import dev.sitegen.check.BaselineResult;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code check}: load and check without rendering; exits 1 on error diagnostics. {@code --only} and
 * {@code --changed-since} narrow what is checked; {@code --baseline} hides known findings, so only
 * new ones are reported and fail the run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check connectors' metadata and docs without building the site.")
final class CheckCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    InputOptions input;

    @Mixin
    ChangedSinceOption changes;

    @Mixin
    BaselineOptions baseline;

    @Option(names = "--only", arity = "1..*", paramLabel = "CONNECTOR",
            description = "Check only these connectors (folder names).")
    List<String> only = new ArrayList<>();

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Fail on: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--force",
            description = "Read every file, ignoring what the check cache kept of earlier checks (it is written anew).")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Made by picocli through {@link InvocationFactory}. */
    CheckCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        SiteLayout layout = SiteLayout.detect(input.resolveRoot());
        OutputPolicy policy = OutputPolicy.of(layout);
        // refused before anything is read or written
        policy.checkFile(input.reportFile, "--report");
        baseline.checkWriteFile(policy);
        Optional<Baseline> known = baseline.readBaseline();
        changes.startListing(layout.root());
        CheckCache cache = CheckCache.open(layout, invocation.environment(), invocation.home(), force, err::println);
        try (Workers workers = new Workers(input.threads())) {
            // scoped: the connectors outside --only (all, with --changed-since until the changes are known)
            // are read only as far as the checked ones' findings need them
            Build build = Build.loadToCheck(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    only.isEmpty() && !changes.isGiven() ? Optional.empty() : Optional.of(Set.copyOf(only)), cache);
            List<String> unknown = build.findUnknownConnectors(only);
            if (!unknown.isEmpty()) {
                err.println("error: unknown connector '" + unknown.get(0) + "'");
                return AbortHandler.USAGE;
            }
            CheckScope named = only.isEmpty() ? CheckScope.all() : CheckScope.of(only);
            PullRequestScope changed = changes.readChanges(build, named, err);
            CheckScope scope = changed.scope();
            if (scope.selected().isPresent()) {
                build = build.readInFull(scope.selected().get());
            }
            // compared once the changed connectors are read in full: the rules read the comparison
            List<Diagnostic> found = new ArrayList<>(build.runChecks(scope,
                    changed.base().compareWith(build.site().catalog())));
            found.addAll(build.checkLinks(scope, cache.anchors()));
            found.sort(Diagnostic.REPORT_ORDER);
            baseline.writeIfAsked(found, scope, policy, err);
            int connectors = scope.countConnectors(build.site().catalog());
            FindingCounts counts = FindingCounts.summarize(connectors, found);
            List<Diagnostic> shown = found;
            if (known.isPresent()) {
                BaselineResult result = known.get().applyBaseline(found, scope::includes);
                baseline.printOutcome(result, err);
                shown = result.shown();
                counts = FindingCounts.summarize(connectors, shown).withStaleBaseline(result.stale());
            }
            Reports.printReport(layout, input, shown, counts, spec.commandLine().getOut());
            cache.keepMemo(err::println);
            err.println("checked " + connectors + " connector(s) in " + Reports.formatSeconds(build.elapsed()));
            return counts.fails(failOn.threshold()) ? 1 : 0;
        }
    }
}
