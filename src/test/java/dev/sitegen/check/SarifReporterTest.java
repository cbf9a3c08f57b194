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

/** SARIF 2.1.0: the driver's rules, results with locations, levels and baseline fingerprints. */
class SarifReporterTest {

    private static final Diagnostic DATE = new Diagnostic("changelog-date", Severity.WARNING, "source-a",
            SourcePos.at("docs/my doc.md", 12, 3), "bad date", "write '2024-03-01'");

    private static JsonNode report(List<Diagnostic> diagnostics, FindingCounts summary) throws Exception {
        StringBuilder out = new StringBuilder();
        ReportFormat.SARIF.createReporter(SourceLines.none()).writeReport(diagnostics, summary, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void driverListsEveryRuleWithHelpAndDefaultLevel() throws Exception {
        JsonNode sarif = report(List.of(), FindingCounts.summarize(0, List.of()));

        assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("site-gen");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        assertThat(driver.get("version").asText()).isNotBlank();
        List<String> ids = driver.get("rules").findValuesAsText("id");
        assertThat(ids).isEqualTo(RuleRegistry.allRules().stream().map(RuleInfo::id).toList());
        JsonNode rule = driver.get("rules").get(ids.indexOf("changelog-malformed-row"));
        assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(rule.at("/fullDescription/text").asText()).doesNotContain("BAD:");
        assertThat(rule.at("/help/text").asText()).contains("BAD:");
        assertThat(rule.at("/help/markdown").asText()).contains("**BAD:**\n```\n");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(sarif.at("/runs/0/results")).isEmpty();
    }

    @Test
    void resultsCarryRuleLevelLocationAndFingerprint() throws Exception {
        Diagnostic info = new Diagnostic("breaking-change-not-in-changelog", Severity.INFO, "source-a",
                SourcePos.ofFile("connectors/source-a/metadata.yaml"), "announced", "");
        Diagnostic moved = new Diagnostic(DATE.rule(), DATE.severity(), DATE.connector(),
                SourcePos.at(DATE.pos().file(), 30, 1), DATE.message(), DATE.hint());
        JsonNode results = report(List.of(DATE, info, moved), FindingCounts.summarize(1, List.of(DATE, info, moved)))
                .at("/runs/0/results");

        JsonNode r = results.get(0);
        assertThat(r.get("ruleId").asText()).isEqualTo("changelog-date");
        int index = r.get("ruleIndex").asInt();
        assertThat(RuleRegistry.allRules().get(index).id()).isEqualTo("changelog-date");
        assertThat(r.get("level").asText()).isEqualTo("warning");
        assertThat(r.at("/message/text").asText()).isEqualTo("bad date\nhelp: write '2024-03-01'");
        JsonNode location = r.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("docs/my%20doc.md");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(3);
        String fingerprint = BaselineKey.computeKey(DATE).computeFingerprint();
        assertThat(r.at("/partialFingerprints/" + SarifReporter.FINGERPRINT_KEY.replace("/", "~1")).asText())
                .isEqualTo(fingerprint + ":1");
        assertThat(results.get(2).at("/partialFingerprints").elements().next().asText()).isEqualTo(fingerprint + ":2");

        assertThat(results.get(1).get("level").asText()).isEqualTo("note");
        assertThat(results.get(1).at("/locations/0/physicalLocation").has("region")).isFalse();
    }
}
