package dev.sitegen.serve;

import dev.sitegen.check.ReportFormat;
import dev.sitegen.check.ReportSummary;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.QuotedLines;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the terminal shows after each rebuild: one line saying what was rebuilt and how fast, the
 * changed connectors' findings in the text report format (source lines quoted by {@link QuotedLines} as they
 * read now), and the summary of the whole site; or the error that kept the last good
 * site in place.
 */
final class TerminalReport {

    private final PrintWriter out;
    private final SiteLayout layout;

    TerminalReport(PrintWriter out, SiteLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    void printRebuild(String headline, SiteState state, Collection<String> connectors, boolean allConnectors) {
        List<Diagnostic> all = state.diagnostics();
        List<Diagnostic> shown = allConnectors ? all
                : all.stream().filter(d -> connectors.contains(d.connector())).toList();
        ReportSummary summary = ReportSummary.summarize(state.site().catalog().connectors().size(), all);
        StringWriter text = new StringWriter();
        try {
            // a new reader per rebuild: lines are quoted as the files read now
            ReportFormat.TEXT.createReporter(new QuotedLines(layout)::findLine).writeReport(shown, summary, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (out) {
            out.println(headline);
            out.print(text);
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
