package dev.sitegen.check;

import dev.sitegen.model.FindingCounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report keeps its contract shape; {@code staleBaseline} appears only with a baseline. */
class JsonReporterTest {

    private static JsonNode report(FindingCounts summary, List<Diagnostic> diagnostics) throws Exception {
        StringBuilder out = new StringBuilder();
        ReportFormat.JSON.createReporter(SourceLines.none()).writeReport(diagnostics, summary, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void summaryHasStaleBaselineOnlyWhenABaselineWasApplied() throws Exception {
        List<Diagnostic> found = List.of(new Diagnostic("docs-missing", Severity.ERROR, "source-a",
                SourcePos.ofFile("connectors/source-a/metadata.yaml"), "no doc", "add one"));

        JsonNode plain = report(FindingCounts.summarize(1, found), found);
        assertThat(plain.get("summary").fieldNames()).toIterable()
                .containsExactly("connectors", "errors", "warnings", "infos");
        assertThat(plain.at("/diagnostics/0").fieldNames()).toIterable()
                .containsExactly("rule", "severity", "connector", "file", "line", "column", "message", "hint");

        JsonNode withBaseline = report(FindingCounts.summarize(1, found).withStaleBaseline(3), found);
        assertThat(withBaseline.at("/summary/staleBaseline").asInt()).isEqualTo(3);
    }

    @Test
    void aJsonReportReadsBackToTheSameFindings() throws Exception {
        List<Diagnostic> found = List.of(
                new Diagnostic("docs-missing", Severity.ERROR, "source-a",
                        SourcePos.ofFile("connectors/source-a/metadata.yaml"), "no doc", "add one"),
                new Diagnostic("changelog-date", Severity.WARNING, "", SourcePos.at("docs/a.md", 12, 3),
                        "bad \"date\"\n", ""),
                new Diagnostic("broken-link", Severity.INFO, "source-b", SourcePos.at("docs/b.md", 1, 1), "x", "y"));
        StringBuilder json = new StringBuilder();
        ReportFormat.JSON.createReporter(SourceLines.none()).writeReport(found, FindingCounts.summarize(2, found), json);

        assertThat(ReportFormat.readJsonReport(json.toString())).hasValue(found);
        assertThat(ReportFormat.readJsonReport("{\"summary\": {}}")).isEmpty();
        assertThat(ReportFormat.readJsonReport("not json")).isEmpty();
    }
}
