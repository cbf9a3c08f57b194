package dev.sitegen.build;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.time.Duration;
import java.util.List;

/**
 * What one build did: how it ended, every finding in report order with their counts, the report as
 * formatted for the request, the HTML pages written (0 unless rendered) and the time since loading
 * started.
 */
public record BuildResult(Outcome outcome, List<Diagnostic> findings, FindingCounts counts, String report,
                          int pages, Duration elapsed) {

    /** How a build ended; only {@code BUILT} replaced the output. */
    public enum Outcome { CHECKS_FAILED, LINKS_FAILED, BUILT }

    public BuildResult {
        findings = List.copyOf(findings);
    }
}
