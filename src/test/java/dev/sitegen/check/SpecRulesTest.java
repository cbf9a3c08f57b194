package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that compare docs and metadata with the connector's spec, on the spec-rules fixture:
 * source-drift fails each of them, source-match is the same connector written right, source-coded has a
 * spec.json (no streams declared) and names a stream nobody can judge.
 */
class SpecRulesTest {

    private static final Set<String> SPEC_RULES = Set.of("doc-field-unknown", "spec-field-undocumented",
            "breaking-change-unknown-stream");

    private static List<String> found;

    @BeforeAll
    static void checkFixture() throws Exception {
        CliRun run = CliRun.runCli("check", TestPaths.fixtureSite("spec-rules").toString(), "--format", "json");
        JsonNode report = new ObjectMapper().reader().readTree(run.out().substring(0, run.out().lastIndexOf('}') + 1));
        found = new ArrayList<>();
        for (JsonNode d : report.get("diagnostics")) {
            if (SPEC_RULES.contains(d.get("rule").asText())) {
                found.add(d.get("rule").asText() + " " + d.get("file").asText() + ":" + d.get("line").asInt() + ":"
                        + d.get("column").asInt() + " " + d.get("message").asText() + " | " + d.get("hint").asText());
            }
        }
    }

    @Test
    void unknownFieldAnchorItemsAreErrorsAtTheItemWithTheClosestPaths() {
        assertThat(found).filteredOn(f -> f.startsWith("doc-field-unknown")).containsExactly(
                "doc-field-unknown docs/integrations/sources/drift.md:7:67 FieldAnchor item 'apikey' names no field "
                        + "of the spec in connectors/source-drift/manifest.yaml | did you mean 'api_key'?",
                "doc-field-unknown docs/integrations/sources/drift.md:11:21 FieldAnchor item 'credentials[basic]' "
                        + "names no field of the spec in connectors/source-drift/manifest.yaml | the options' values there "
                        + "are 'oauth2.0', 'token'",
                "doc-field-unknown docs/integrations/sources/drift.md:15:21 FieldAnchor item 'credentials[oauth2.0' "
                        + "is malformed: a '[' without its ']' | write the field's path, e.g. 'host' or "
                        + "'replication_method[CDC]'");
    }

    @Test
    void requiredFieldTheDocNeverNamesIsAWarningAtTheSetupHeading() {
        assertThat(found).filteredOn(f -> f.startsWith("spec-field-undocumented")).containsExactly(
                "spec-field-undocumented docs/integrations/sources/drift.md:5:1 required field 'account_id' "
                        + "(Account ID) is never mentioned in the doc | describe where users get the value of "
                        + "'account_id' in the setup steps");
    }

    @Test
    void unknownImpactedStreamIsAnErrorAtItsValueOnlyWhereStreamsAreListed() {
        assertThat(found).filteredOn(f -> f.startsWith("breaking-change-unknown-stream")).containsExactly(
                "breaking-change-unknown-stream connectors/source-drift/metadata.yaml:20:30 breaking change 2.0.0 "
                        + "names stream 'order', which the connector does not have | did you mean orders? the "
                        + "streams of connectors/source-drift/manifest.yaml: orders, users");
    }

    @Test
    void aRemovedStreamItsMigrationGuideNamesIsNoUnknownStream() {
        // source-match's 2.0.0 scopes three streams gone from its manifest that match-migrations.md names: in a
        // code span, a table cell and a heading
        assertThat(found).noneMatch(f -> f.contains("legacy_"));
    }

    @Test
    void aWordOfTheGuidesProseDoesNotHideAnUnknownStream() {
        // drift-migrations.md says "the order of its records": a word, not a stream's name
        assertThat(found).filteredOn(f -> f.startsWith("breaking-change-unknown-stream"))
                .anyMatch(f -> f.contains("metadata.yaml:20:30 breaking change 2.0.0 names stream 'order',"));
    }

    @Test
    void theConnectorWrittenRightAndTheOneWithoutStreamsPass() {
        assertThat(found).noneMatch(f -> f.contains("source-match") || f.contains("match.md")
                || f.contains("source-coded") || f.contains("coded.md"));
    }

    @Test
    void rulesAndExplainShowTheNewRules() {
        CliRun rules = CliRun.runCli("rules");
        assertThat(rules.out()).contains("doc-field-unknown", "spec-field-undocumented",
                "breaking-change-unknown-stream");
        CliRun explain = CliRun.runCli("explain", "doc-field-unknown");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("replication_method[CDC].replication_slot");
    }

    @Test
    void checksPageListsTheRulesAndTheFixtureFindings(@TempDir Path tmp) throws Exception {
        CliRun build = CliRun.runCli("build", TestPaths.fixtureSite("spec-rules").toString(), "--out",
                tmp.toString(), "--fail-on", "never");
        assertThat(build.exitCode()).as(build.err()).isZero();
        Document checks = Jsoup.parse(tmp.resolve("checks/index.html").toFile());
        assertThat(checks.getElementById("doc-field-unknown")).isNotNull();
        assertThat(checks.getElementById("spec-field-undocumented")).isNotNull();
        assertThat(checks.getElementById("breaking-change-unknown-stream")).isNotNull();
        Document drift = Jsoup.parse(tmp.resolve("contributing/connectors/source-drift/index.html").toFile());
        assertThat(drift.select(".findings a code").eachText()).contains("doc-field-unknown",
                "spec-field-undocumented", "breaking-change-unknown-stream");
    }
}
