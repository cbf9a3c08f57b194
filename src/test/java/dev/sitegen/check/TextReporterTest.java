package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text report: errors first, grouped by file, infos counted unless verbose, counts by rule at the end. */
class TextReporterTest {

    private static final Diagnostic WARNING_A = new Diagnostic("changelog-date", Severity.WARNING, "source-a",
            SourcePos.at("docs/a.md", 12, 3), "bad date", "write '2024-03-01'");
    private static final Diagnostic ERROR_B_LATE = new Diagnostic("broken-link", Severity.ERROR, "source-b",
            SourcePos.at("docs/b.md", 9, 5), "link './c.md' leads nowhere", "");
    private static final Diagnostic ERROR_B_EARLY = new Diagnostic("changelog-order", Severity.ERROR, "source-b",
            SourcePos.at("docs/b.md", 2, 1), "rows out of order", "");
    private static final Diagnostic ERROR_META = new Diagnostic("metadata-invalid", Severity.ERROR, "source-c",
            SourcePos.ofFile("connectors/c/metadata.yaml"), "no tag", "");
    private static final Diagnostic INFO_A = new Diagnostic("broken-link", Severity.INFO, "source-a",
            SourcePos.at("docs/a.md", 4, 1), "link 'https://x.example/p' is unverifiable", "");
    private static final List<Diagnostic> ALL = List.of(ERROR_META, INFO_A, WARNING_A, ERROR_B_LATE, ERROR_B_EARLY);

    private static List<String> report(List<Diagnostic> diagnostics, boolean verbose) throws Exception {
        StringBuilder out = new StringBuilder();
        SourceLines lines = pos -> pos.file().equals("docs/a.md") && pos.line() == 12
                ? Optional.of("| 1.0.0 | 2024-3-1 |") : Optional.empty();
        ReportFormat.TEXT.createReporter(lines, verbose).writeReport(diagnostics, FindingCounts.summarize(3, diagnostics),
                out);
        return out.toString().lines().toList();
    }

    @Test
    void leadsWithErrorsGroupedByFileAndSortedByLineThenWarningsThenCounts() throws Exception {
        assertThat(report(ALL, false)).containsExactly(
                "3 error(s) in 2 file(s):",
                "",
                "--- connectors/c/metadata.yaml",
                "connectors/c/metadata.yaml: error[metadata-invalid]: no tag",
                "",
                "--- docs/b.md",
                "docs/b.md:2:1: error[changelog-order]: rows out of order",
                "docs/b.md:9:5: error[broken-link]: link './c.md' leads nowhere",
                "",
                "1 warning(s) in 1 file(s):",
                "",
                "--- docs/a.md",
                "docs/a.md:12:3: warning[changelog-date]: bad date",
                "  12 | | 1.0.0 | 2024-3-1 |",
                "     |   ^",
                "  help: write '2024-03-01'",
                "",
                "findings by rule:",
                "  error    broken-link           1",
                "  error    changelog-order       1",
                "  error    metadata-invalid      1",
                "  warning  changelog-date        1",
                "  info     broken-link           1",
                "1 info finding(s) not listed; --verbose lists them",
                "3 connector(s) checked: 3 error(s), 1 warning(s), 1 info");
    }

    @Test
    void verboseListsInfosAfterTheWarnings() throws Exception {
        List<String> lines = report(ALL, true);

        assertThat(lines).containsSubsequence("3 error(s) in 2 file(s):", "1 warning(s) in 1 file(s):",
                "1 info finding(s) in 1 file(s):", "--- docs/a.md",
                "docs/a.md:4:1: info[broken-link]: link 'https://x.example/p' is unverifiable",
                "findings by rule:", "3 connector(s) checked: 3 error(s), 1 warning(s), 1 info");
        assertThat(lines).noneMatch(line -> line.contains("not listed"));
    }

    @Test
    void infosAreCountedNotListedByDefault() throws Exception {
        List<String> lines = report(List.of(INFO_A), false);

        assertThat(lines).containsExactly(
                "findings by rule:",
                "  info     broken-link      1",
                "1 info finding(s) not listed; --verbose lists them",
                "3 connector(s) checked: 0 error(s), 0 warning(s), 1 info");
    }

    @Test
    void aCleanRunIsOneLine() throws Exception {
        assertThat(report(List.of(), false)).containsExactly("3 connector(s) checked: 0 error(s), 0 warning(s), 0 info");
    }
}
