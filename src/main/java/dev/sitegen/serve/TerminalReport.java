package dev.sitegen.serve;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.QuotedLines;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the terminal shows, briefly: a monorepo has thousands of findings and the preview's pages and
 * {@code __site-gen/diagnostics.json} show them all. After the first build, one line saying what was
 * built and how fast, the errors in the text report format, the counts and where the rest is; after
 * each rebuild, only the errors and warnings it added and how many it fixed. {@code --verbose} lists
 * every finding of the first build and every finding a rebuild added, infos included. Source lines are
 * quoted as they read now, by {@link QuotedLines}. Or the error that kept the last good site.
 */
final class TerminalReport {

    private final PrintWriter out;
    private final SiteLayout layout;
    private final URI diagnostics;
    private final boolean verbose;

    TerminalReport(PrintWriter out, SiteLayout layout, URI diagnostics, boolean verbose) {
        this.out = out;
        this.layout = layout;
        this.diagnostics = diagnostics;
        this.verbose = verbose;
    }

    /** The first build's report: its errors in full, the rest counted (listed too when verbose). */
    void printFirst(String headline, int connectors, List<Diagnostic> all) {
        List<Diagnostic> shown = all.stream().filter(d -> verbose || d.severity() == Severity.ERROR).toList();
        printReport(headline, shown, FindingCounts.summarize(connectors, all), all.size() - shown.size(), "");
    }

    /** A rebuild's report: the errors and warnings that were not there before, and how many are gone. */
    void printRebuild(String headline, int connectors, List<Diagnostic> before, List<Diagnostic> after) {
        Set<Diagnostic> was = new LinkedHashSet<>(before);
        Set<Diagnostic> now = new LinkedHashSet<>(after);
        List<Diagnostic> added = after.stream().filter(d -> !was.contains(d)).toList();
        List<Diagnostic> shown = added.stream().filter(d -> verbose || d.severity() == Severity.ERROR
                || d.severity() == Severity.WARNING).toList();
        long fixed = before.stream().filter(d -> !now.contains(d)).count();
        String change = added.isEmpty() && fixed == 0 ? "" : added.size() + " new, " + fixed + " gone; ";
        printReport(headline, shown, FindingCounts.summarize(connectors, after), after.size() - shown.size(), change);
    }

    private void printReport(String headline, List<Diagnostic> shown, FindingCounts counts, int hidden,
                             String change) {
        StringWriter text = new StringWriter();
        try {
            // a new reader per report: lines are quoted as the files read now
            ReportFormat.TEXT.createReporter(new QuotedLines(layout)::findLine, verbose)
                    .writeReport(shown, counts, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (out) {
            out.println(headline);
            out.print(text);
            if (hidden > 0 || !change.isEmpty()) {
                out.println(change + hidden + " more finding(s) not shown here; see " + diagnostics
                        + " or the pages");
            }
            out.flush();
        }
    }

    void printFailure(String what, String message, Optional<String> hint) {
        synchronized (out) {
            out.println("rebuild failed (" + what + "); still serving the last good site");
            out.println("error: " + message);
            hint.ifPresent(h -> out.println("  help: " + h));
            out.flush();
        }
    }
}
