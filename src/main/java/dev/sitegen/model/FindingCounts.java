package dev.sitegen.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * The one count of a run's findings: connectors checked and findings by severity. The report prints
 * it, the build stamp keeps it to judge {@code --fail-on} again, the manifest keeps it for preview
 * diffs. The counts are of what the report shows; {@code staleBaseline} is set only when a baseline
 * was applied, and counts its findings that were no longer found (so CI can tell the baseline is
 * due a refresh); it is never stored.
 */
public record FindingCounts(int connectors, int errors, int warnings, int infos, OptionalInt staleBaseline) {

    public FindingCounts(int connectors, int errors, int warnings, int infos) {
        this(connectors, errors, warnings, infos, OptionalInt.empty());
    }

    public static FindingCounts summarize(int connectors, List<Diagnostic> diagnostics) {
        return new FindingCounts(connectors, count(diagnostics, Severity.ERROR),
                count(diagnostics, Severity.WARNING), count(diagnostics, Severity.INFO));
    }

    private static int count(List<Diagnostic> diagnostics, Severity severity) {
        return (int) diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** This summary, noting that {@code stale} baselined findings were no longer found. */
    public FindingCounts withStaleBaseline(int stale) {
        return new FindingCounts(connectors, errors, warnings, infos, OptionalInt.of(stale));
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
