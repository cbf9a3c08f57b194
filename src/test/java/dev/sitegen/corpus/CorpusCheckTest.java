package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shared monorepo snapshot (skipped when ../shared/corpus is absent) and compares the
 * rule counts with an independent reading of the corpus: these rows are known, by hand, to be wrong.
 */
class CorpusCheckTest {

    static List<JsonNode> diagnostics;

    @BeforeAll
    static void checkCorpus() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        CliRun run = CliRun.runCli("check", TestPaths.findCorpus().get().toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        diagnostics = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("diagnostics").forEach(diagnostics::add);
    }

    private static List<JsonNode> ofRule(String rule) {
        return diagnostics.stream().filter(d -> d.get("rule").asText().equals(rule)).toList();
    }

    private static Set<String> connectorsOf(String rule) {
        return new TreeSet<>(ofRule(rule).stream().map(d -> d.get("connector").asText()).toList());
    }

    private static List<String> describe(String rule) {
        return ofRule(rule).stream().map(d -> d.get("connector").asText() + " " + d.get("file").asText() + ":"
                + d.get("line").asInt() + " " + d.get("message").asText()).toList();
    }

    @Test
    void docsMissingForSevenConnectors() {
        assertThat(connectorsOf("docs-missing")).hasSize(7);
        assertThat(ofRule("docs-missing")).hasSize(7);
    }

    @Test
    void currentVersionMissingOnlyForClickhouseStrictEncrypt() {
        assertThat(describe("changelog-current-version")).singleElement().asString()
                .startsWith("source-clickhouse-strict-encrypt airbyte-integrations/connectors/"
                        + "source-clickhouse-strict-encrypt/metadata.yaml:")
                .contains("dockerImageTag 0.2.3");
    }

    @Test
    void aheadOfVersionOnlyForTheDenormalizedConnectorSharingBigQuerysDoc() {
        assertThat(ofRule("changelog-ahead-of-version")).singleElement().satisfies(d -> {
            assertThat(d.get("connector").asText()).isEqualTo("destination-bigquery-denormalized");
            assertThat(d.get("file").asText()).isEqualTo("docs/integrations/destinations/bigquery.md");
            assertThat(d.get("severity").asText()).isEqualTo("error");
        });
    }

    @Test
    void nineBreakingChangeKeysAreNotMajors() {
        // 15 keys are not X.0.0; the 6 that are 0.Y.0 count as majors below 1.0.
        assertThat(ofRule("breaking-change-not-major")).as(describe("breaking-change-not-major").toString())
                .hasSize(9).allMatch(d -> d.get("severity").asText().equals("warning"));
    }

    @Test
    void everyBreakingVersionHasAChangelogRowAndAGuideSection() {
        assertThat(describe("breaking-change-not-in-changelog")).isEmpty();
        assertThat(describe("migration-guide-section")).isEmpty();
    }

    @Test
    void twoStrayMigrationSections() {
        assertThat(describe("migration-guide-stray-section")).hasSize(2).anyMatch(s -> s.startsWith(
                "source-stripe docs/integrations/sources/stripe-migrations.md:") && s.contains("5.6.0"))
                .anyMatch(s -> s.startsWith("source-linkedin-pages docs/integrations/sources/linkedin-pages-migrations.md:")
                        && s.contains("1.0.7"));
        assertThat(ofRule("migration-guide-stray-section")).allMatch(d -> d.get("severity").asText().equals("info"));
    }

    @Test
    void oneRegistryPinWithoutChangelogRow() {
        assertThat(connectorsOf("registry-override-version")).containsExactly("source-google-workspace-admin-reports");
        assertThat(ofRule("registry-override-version")).hasSize(1);
    }
}
