package dev.sitegen.cli;

import dev.sitegen.check.Checker;
import dev.sitegen.check.ReportSummary;
import dev.sitegen.check.RuleRegistry;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.QuotedLines;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.load.SiteReader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.SiteFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of the pipeline's front half, shared by the commands: detect the layout, read the
 * {@link Site} (config, catalog, facts, snippets), run the checks and print the report.
 */
final class Session {

    final Site site;
    final SiteLayout layout;
    final SiteConfig config;
    final Catalog catalog;
    final SiteFacts facts;
    private final Workers workers;

    private Session(Site site, Workers workers) {
        this.workers = workers;
        this.site = site;
        this.layout = site.layout();
        this.config = site.config();
        this.catalog = site.catalog();
        this.facts = site.facts();
    }

    static Session open(Path root, Workers workers) throws ConfigException, IOException {
        return open(root, workers, Optional.empty());
    }

    /**
     * Opens a root for checking only the connectors in {@code checked} (all when empty): docs of the
     * others are loaded but not judged against the markdown limits, as nothing about them is reported.
     */
    static Session open(Path root, Workers workers, Optional<Set<String>> checked)
            throws ConfigException, IOException {
        SiteLayout layout = SiteLayout.detect(root);
        return open(layout, SiteConfigFile.readSiteConfig(layout), workers, checked);
    }

    /** Opens a root whose layout and config were read already (by a build's up-to-date check). */
    static Session open(SiteLayout layout, SiteConfig config, Workers workers, Optional<Set<String>> checked)
            throws ConfigException, IOException {
        for (String rule : config.ruleSeverities().keySet()) {
            if (!RuleRegistry.isKnownRuleId(rule)) {
                throw new ConfigException(layout.relativize(layout.siteConfigFile()) + ": rules." + rule
                        + ": unknown rule id", "run 'site-gen rules' to list the rule ids");
            }
        }
        return new Session(SiteReader.readSite(layout, config, workers, checked), workers);
    }

    List<Diagnostic> runChecks(Collection<String> only) {
        return new Checker(config, facts).runChecks(catalog, only, workers);
    }

    /** Checks the connectors in {@code scope}; an empty scope checks nothing. */
    List<Diagnostic> runChecks(CheckScope scope) {
        return scope.selected()
                .map(s -> s.isEmpty() ? List.<Diagnostic>of() : runChecks(s))
                .orElseGet(() -> runChecks(List.of()));
    }

    /** The {@code --only} names that are no connector folder of this root. */
    List<String> findUnknownConnectors(Collection<String> names) {
        return names.stream().filter(name -> catalog.findConnector(name).isEmpty()
                && catalog.loadDiagnostics().stream().noneMatch(d -> d.connector().equals(name))).toList();
    }

    /** Prints the report to {@code out} and, when asked, to a file. */
    void printReport(InputOptions options, List<Diagnostic> diagnostics, int connectors, PrintWriter out)
            throws ConfigException, IOException {
        printReport(options, diagnostics, ReportSummary.summarize(connectors, diagnostics), out);
    }

    /** Prints the report with a given summary (one that notes a baseline, say). */
    String printReport(InputOptions options, List<Diagnostic> diagnostics, ReportSummary summary, PrintWriter out)
            throws ConfigException, IOException {
        return printReport(layout, options, diagnostics, summary, out);
    }

    /** Prints a report for a root that was not loaded (findings made earlier) and returns its text. */
    static String printReport(SiteLayout layout, InputOptions options, List<Diagnostic> diagnostics,
                              ReportSummary summary, PrintWriter out) throws ConfigException, IOException {
        StringWriter text = new StringWriter();
        options.format.createReporter(new QuotedLines(layout)::findLine).writeReport(diagnostics, summary, text);
        printText(layout, options, text.toString(), out);
        return text.toString();
    }

    /**
     * Prints a report's text to {@code out} and, when asked, to a file, through the output policy (the
     * command refused an unsafe {@code --report} before it started; this refuses one made unsafe since).
     */
    static void printText(SiteLayout layout, InputOptions options, String text, PrintWriter out)
            throws ConfigException, IOException {
        out.print(text);
        out.flush();
        if (options.reportFile != null) {
            OutputPolicy.of(layout).writeFile(options.reportFile, "--report", text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
