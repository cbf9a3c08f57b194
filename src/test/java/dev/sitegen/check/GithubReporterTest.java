package dev.sitegen.check;

import dev.sitegen.model.FindingCounts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands: one per error or warning (infos only counted), with the runner's escaping. */
class GithubReporterTest {

    private static String report(List<Diagnostic> diagnostics) throws Exception {
        StringBuilder out = new StringBuilder();
        ReportFormat.GITHUB.createReporter(SourceLines.none())
                .writeReport(diagnostics, FindingCounts.summarize(2, diagnostics), out);
        return out.toString();
    }

    @Test
    void writesOneCommandPerErrorOrWarningWithLocationAndRuleTitleAndCountsInfos() throws Exception {
        String out = report(List.of(
                new Diagnostic("changelog-date", Severity.WARNING, "source-a", SourcePos.at("docs/a.md", 12, 3),
                        "bad date", "write '2024-03-01'"),
                new Diagnostic("breaking-change-not-in-changelog", Severity.INFO, "source-a",
                        SourcePos.at("connectors/source-a/metadata.yaml", 4, 0), "announced", ""),
                new Diagnostic("docs-missing", Severity.ERROR, "source-b", SourcePos.ofFile("connectors/b/metadata.yaml"),
                        "no doc", "")));

        assertThat(out.lines()).containsExactly(
                "::warning file=docs/a.md,line=12,col=3,title=changelog-date::bad date%0Ahelp: write '2024-03-01'",
                "::error file=connectors/b/metadata.yaml,title=docs-missing::no doc",
                "2 connector(s) checked: 1 error(s), 1 warning(s), 1 info");
    }

    @Test
    void escapesMessagesAndProperties() throws Exception {
        String out = report(List.of(new Diagnostic("changelog-pr-link", Severity.ERROR, "source-a",
                SourcePos.at("docs/we,ird:name.md", 1, 1), "100% wrong:\r\nsee, here", "")));

        assertThat(out).startsWith("::error file=docs/we%2Cird%3Aname.md,line=1,col=1,title=changelog-pr-link"
                + "::100%25 wrong:%0D%0Asee, here\n");
        assertThat(GithubReporter.escapeProperty("a%b:c,d\ne")).isEqualTo("a%25b%3Ac%2Cd%0Ae");
    }
}
