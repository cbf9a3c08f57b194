package dev.sitegen.cli;

import dev.sitegen.check.ReportSummary;
import dev.sitegen.load.Workers;
import dev.sitegen.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: load and check without rendering; exits 1 on error diagnostics. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check connectors' metadata and docs without building the site.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--only", arity = "1..*", paramLabel = "CONNECTOR",
            description = "Check only these connectors (folder names).")
    List<String> only = new ArrayList<>();

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "Fail on: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Workers workers = new Workers(input.threads())) {
            Session session = Session.open(input.root, workers);
            for (String name : only) {
                if (session.catalog.findConnector(name).isEmpty() && session.catalog.loadDiagnostics().stream()
                        .noneMatch(d -> d.connector().equals(name))) {
                    spec.commandLine().getErr().println("error: unknown connector '" + name + "'");
                    return AbortHandler.USAGE;
                }
            }
            List<Diagnostic> diagnostics = session.runChecks(only);
            int connectors = only.isEmpty() ? session.catalog.connectors().size() : only.size();
            session.printReport(input, diagnostics, connectors, spec.commandLine().getOut());
            return ReportSummary.summarize(connectors, diagnostics).fails(failOn.threshold()) ? 1 : 0;
        }
    }
}
