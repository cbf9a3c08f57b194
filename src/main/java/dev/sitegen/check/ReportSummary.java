package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;

/** Counts of a check run, printed after the diagnostics and in the JSON report. */
public record ReportSummary(int connectors, int errors, int warnings, int infos) {

    public static ReportSummary summarize(int connectors, List<Diagnostic> diagnostics) {
        return new ReportSummary(connectors, count(diagnostics, Severity.ERROR),
                count(diagnostics, Severity.WARNING), count(diagnostics, Severity.INFO));
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** True when some diagnostic reaches {@code failOn}; {@code OFF} never fails. */
    public boolean fails(Severity failOn) {
        return switch (failOn) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case INFO -> errors + warnings + infos > 0;
            case OFF -> false;
        };
    }
}
