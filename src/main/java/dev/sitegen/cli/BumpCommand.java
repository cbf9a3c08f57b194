package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.edit.BumpKind;
import dev.sitegen.edit.BumpPlan;
import dev.sitegen.edit.BumpRequest;
import dev.sitegen.edit.BumpWriter;
import dev.sitegen.edit.Bumper;
import dev.sitegen.edit.FileChange;
import dev.sitegen.load.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bump}: releases a new version of one connector by editing its files in place (dockerImageTag,
 * a changelog row, and for a breaking change its releases entry and migration-guide section), or with
 * {@code --dry-run} prints the diff. Refuses with exit 2, touching nothing, when the bump would leave the
 * connector inconsistent.
 */
@Command(name = "bump", mixinStandardHelpOptions = true,
        description = {"Release a new version of a connector: set dockerImageTag in metadata.yaml and add the "
                + "changelog row; with --breaking also the releases.breakingChanges entry and the migration "
                + "guide section. Only those lines change; the rest of each file stays byte for byte.",
                "",
                "KIND:",
                "  patch    X.Y.(Z+1)    (with --rc: X.Y.(Z+1)-rc.1)",
                "  minor    X.(Y+1).0    (with --rc: X.(Y+1).0-rc.1)",
                "  major    (X+1).0.0",
                "  rc       next candidate: 1.4.0-rc.1 -> 1.4.0-rc.2, 1.3.2 -> 1.3.3-rc.1",
                "  release  promote a candidate: 1.4.0-rc.2 -> 1.4.0",
                "",
                "A major X.0.0 needs --breaking (with --deadline) or --no-breaking. Refuses with exit 2, "
                        + "changing nothing, when the bump would leave the connector inconsistent, or the "
                        + "current version without a changelog row (see --document-gap).",
                ""})
final class BumpCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "CONNECTOR", description = "Connector folder name, e.g. source-foo.")
    String connector;

    @Parameters(index = "1", paramLabel = "KIND", description = "patch, minor, major, rc or release.")
    BumpKind kind;

    @Parameters(index = "2", arity = "0..1", paramLabel = "ROOT",
            description = "Content folder (with site.yaml) or connector monorepo root. " + DefaultRoot.DESCRIPTION)
    Path root;

    @Option(names = "--pr", required = true, paramLabel = "N", description = "Pull request number of the release.")
    int pullRequest;

    @Option(names = "--message", required = true, paramLabel = "TEXT", description = "Changelog subject.")
    String message;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Release date. Default: today.")
    LocalDate date;

    @Option(names = "--rc", description = "With patch or minor: make it the first release candidate, -rc.1.")
    boolean releaseCandidate;

    @Option(names = "--breaking", description = "Declare a breaking change for this major (needs --deadline).")
    boolean breaking;

    @Option(names = "--deadline", paramLabel = "YYYY-MM-DD", description = "With --breaking: upgradeDeadline.")
    LocalDate deadline;

    @Option(names = "--streams", split = ",", paramLabel = "STREAM", description = "With --breaking: impacted streams.")
    List<String> streams = new ArrayList<>();

    @Option(names = "--breaking-message", paramLabel = "TEXT",
            description = "With --breaking: what breaks and what users must do. Default: --message.")
    String breakingMessage;

    @Option(names = "--no-breaking", description = "Release a major without declaring a breaking change.")
    boolean noBreaking;

    @Option(names = "--document-gap", description = "When the current version has no changelog row (a hand "
            + "edit released it), add one for it below the new row, with this bump's date and pull request. "
            + "Without it such a bump refuses.")
    boolean documentGap;

    @Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing.")
    boolean dryRun;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Made by picocli through {@link InvocationFactory}. */
    BumpCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> usage = checkOptions();
        if (!usage.isEmpty()) {
            usage.forEach(u -> err.println("error: " + u));
            return AbortHandler.USAGE;
        }
        BumpPlan plan;
        try (Workers workers = new Workers(Workers.defaultThreads())) {
            Site site = Build.load(DefaultRoot.resolveRoot(Optional.ofNullable(root), invocation), workers).site();
            plan = new Bumper(site.layout(), site.facts(), site.catalog()).planBump(createRequest());
        }
        if (plan.isRefused()) {
            plan.problems().forEach(p -> err.println(p.startsWith("  ") ? p : "error: " + p));
            err.println("nothing was changed");
            return AbortHandler.USAGE;
        }
        plan.notes().forEach(n -> err.println("note: " + n));
        if (dryRun) {
            out.print(plan.formatDiff());
            return 0;
        }
        BumpWriter.writeChanges(plan.changes());
        out.println(plan.connector() + ": " + plan.fromVersion() + " -> " + plan.toVersion());
        for (FileChange change : plan.changes()) {
            out.println("  " + (change.isNew() ? "created " : "updated ") + change.file());
        }
        return 0;
    }

    private List<String> checkOptions() {
        List<String> problems = new ArrayList<>();
        if (!breaking && (deadline != null || !streams.isEmpty() || breakingMessage != null)) {
            problems.add("--deadline, --streams and --breaking-message go with --breaking");
        }
        if (breaking && deadline == null) {
            problems.add("--breaking needs --deadline YYYY-MM-DD (the upgrade deadline)");
        }
        if (pullRequest < 1) {
            problems.add("--pr must be a pull request number");
        }
        if (message.isBlank()) {
            problems.add("--message must say what changed");
        }
        return problems;
    }

    private BumpRequest createRequest() {
        Optional<BumpRequest.Breaking> declared = breaking
                ? Optional.of(new BumpRequest.Breaking(breakingMessage == null ? "" : breakingMessage, deadline,
                        streams.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()))
                : Optional.empty();
        return new BumpRequest(connector, kind, releaseCandidate, pullRequest, message,
                date == null ? LocalDate.now(invocation.zone()) : date, declared, noBreaking, documentGap);
    }
}
