package dev.sitegen.build;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import java.time.Duration;
import java.util.List;

/**
 * What one build did: how it ended, every finding in report order with their counts, the report as
 * formatted for the request, the HTML pages written (0 unless rendered), of those how many were rendered
 * and how many re-used from the previous output by the render cache, and the time since loading started.
 */
public record BuildResult(Outcome outcome, List<Diagnostic> findings, FindingCounts counts, String report,
                          int pages, int rendered, int reused, Duration elapsed) {

    /** How a build ended; only {@code BUILT} replaced the output. */
    public enum Outcome { CHECKS_FAILED, LINKS_FAILED, BUILT }

    public BuildResult {
        findings = List.copyOf(findings);
    }

    BuildResult withRenderCounts(int renderedPages, int reusedPages) {
        return new BuildResult(outcome, findings, counts, report, pages, renderedPages, reusedPages, elapsed);
    }

    /** The render cache's share, for the build's last line: {@code 2 pages rendered, 1393 re-used}. */
    public String describeRenderCounts() {
        return rendered + " pages rendered, " + reused + " re-used";
    }
}
