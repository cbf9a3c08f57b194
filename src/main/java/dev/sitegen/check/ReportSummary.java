package dev.sitegen.check;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.OptionalInt;

/**
 * Counts of a check run, printed after the diagnostics and in the JSON report. The counts are of
 * what the report shows; {@code staleBaseline} is set only when a baseline was applied, and counts
 * its findings that were no longer found (so CI can tell the baseline is due a refresh).
 */
public record ReportSummary(int connectors, int errors, int warnings, int infos, OptionalInt staleBaseline) {

    public ReportSummary(int connectors, int errors, int warnings, int infos) {
        this(connectors, errors, warnings, infos, OptionalInt.empty());
    }

    public static ReportSummary summarize(int connectors, List<Diagnostic> diagnostics) {
        return new ReportSummary(connectors, count(diagnostics, Severity.ERROR),
                count(diagnostics, Severity.WARNING), count(diagnostics, Severity.INFO));
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** This summary, noting that {@code stale} baselined findings were no longer found. */
    public ReportSummary withStaleBaseline(int stale) {
        return new ReportSummary(connectors, errors, warnings, infos, OptionalInt.of(stale));
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
