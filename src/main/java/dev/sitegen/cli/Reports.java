package dev.sitegen.cli;

import dev.sitegen.build.OutputPolicy;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.QuotedLines;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** How the commands print a report: to stdout and, when asked, to {@code --report}; and elapsed times. */
final class Reports {

    private Reports() {
    }

    /** Prints a report of {@code diagnostics} in the asked format and returns its text. */
    static String printReport(SiteLayout layout, InputOptions options, List<Diagnostic> diagnostics,
                              FindingCounts counts, PrintWriter out) throws ConfigException, IOException {
        StringWriter text = new StringWriter();
        options.format.createReporter(new QuotedLines(layout)::findLine, options.verbose).writeReport(diagnostics, counts, text);
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

    /** {@code 1.2 s}: tenths are what a person reads; the line goes to stderr, never into a report. */
    static String formatSeconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toNanos() / 1e9);
    }
}
