package dev.sitegen.cli;

import dev.sitegen.check.ReportSummary;
import dev.sitegen.load.Workers;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.publish.StagedOutput;
import dev.sitegen.render.SiteRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code build}: load, check, and when the checks pass (per {@code --fail-on}) render the site into
 * a staging folder and swap it in. With failing checks the previous output is left untouched.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the connectors and build the site.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    ChangedSinceOption changes;

    @Option(names = "--out", defaultValue = "site-out", paramLabel = "DIR",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workers workers = new Workers(input.threads())) {
            Session session = Session.open(input.root, workers);
            CheckScope scope = changes.narrowScope(session, CheckScope.all(), spec.commandLine().getErr());
            List<Diagnostic> diagnostics = session.runChecks(scope);
            int connectors = scope.countConnectors(session.catalog);
            session.printReport(input, diagnostics, connectors, spec.commandLine().getOut());
            if (ReportSummary.summarize(connectors, diagnostics).fails(failOn.threshold())) {
                spec.commandLine().getErr().println("build failed: fix the errors above; " + out
                        + " was left unchanged");
                return 1;
            }
            LocalDate today = asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC);
            SiteRenderer renderer = new SiteRenderer(session.config, session.catalog, Optional.ofNullable(baseUrl),
                    today, SnippetFiles.readSnippets(session.config, session.layout), session.layout.root(), workers);
            int pages;
            try (StagedOutput output = new StagedOutput(out)) {
                pages = renderer.renderSite(session.catalog, diagnostics, output);
                output.commit();
            }
            spec.commandLine().getErr().println("built " + pages + " pages into " + out);
            return 0;
        }
    }
}
