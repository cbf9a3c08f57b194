package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules end to end, through the loader and the real changelog and migration-guide parsers: the
 * {@code check-versions} fixture has one clean connector (source-tidy) and others that break each
 * rule once, so every diagnostic's rule, severity, connector, file and line is pinned here.
 */
class CheckFixtureSiteTest {

    private static final String MESSY_DOC = "docs/integrations/sources/messy.md";
    private static final String MESSY_META = "connectors/source-messy/metadata.yaml";

    private static List<JsonNode> checkFixture() throws Exception {
        CliRun run = CliRun.runCli("check", TestPaths.fixtureSite("check-versions").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("diagnostics").forEach(out::add);
        return out;
    }

    private static String describe(JsonNode d) {
        return d.get("file").asText() + ":" + d.get("line").asInt() + " " + d.get("severity").asText() + "["
                + d.get("rule").asText() + "] " + d.get("connector").asText();
    }

    @Test
    void everyRuleFiresExactlyWhereTheFixtureBreaksIt() throws Exception {
        assertThat(checkFixture()).extracting(CheckFixtureSiteTest::describe).containsExactly(
                "connectors/source-guided/metadata.yaml:20 info[breaking-change-not-in-changelog] source-guided",
                "connectors/source-guided/metadata.yaml:20 error[migration-guide-section] source-guided",
                MESSY_META + ":5 error[changelog-current-version] source-messy",
                MESSY_META + ":5 warning[prerelease-rollout] source-messy",
                MESSY_META + ":7 warning[documentation-url] source-messy",
                MESSY_META + ":9 warning[icon-missing] source-messy",
                MESSY_META + ":15 error[registry-override-version] source-messy",
                MESSY_META + ":19 warning[breaking-change-not-major] source-messy",
                MESSY_META + ":19 error[migration-guide-missing] source-messy",
                MESSY_META + ":21 error[breaking-change-deadline] source-messy",
                "docs/integrations/destinations/pail.md:9 error[changelog-ahead-of-version] destination-pail-strict",
                "docs/integrations/destinations/pail.md:10 warning[changelog-date] destination-pail",
                "docs/integrations/sources/bare.md:5 error[changelog-missing] source-bare",
                "docs/integrations/sources/guided-migrations.md:7 warning[migration-guide-order] source-guided",
                "docs/integrations/sources/guided-migrations.md:11 info[migration-guide-stray-section] source-guided",
                MESSY_DOC + ":8 error[changelog-ahead-of-version] source-messy",
                MESSY_DOC + ":8 error[changelog-order] source-messy",
                MESSY_DOC + ":9 warning[changelog-date] source-messy",
                MESSY_DOC + ":9 warning[changelog-pr-link] source-messy",
                MESSY_DOC + ":10 error[changelog-duplicate] source-messy",
                MESSY_DOC + ":10 warning[changelog-pr-link] source-messy",
                MESSY_DOC + ":11 warning[major-bump-undeclared] source-messy",
                MESSY_DOC + ":12 warning[changelog-malformed-row] source-messy",
                MESSY_DOC + ":13 warning[changelog-malformed-row] source-messy");
    }

    @Test
    void hintsSayWhatToWriteWhere() throws Exception {
        List<JsonNode> found = checkFixture();

        assertThat(hintOf(found, "changelog-current-version")).isEqualTo("add '| 1.3.0-rc.1 | YYYY-MM-DD | "
                + "[NNNNN](https://github.com/acme/connectors/pull/NNNNN) | <what changed> |' above " + MESSY_DOC
                + ":7 (the first row of the changelog table)");
        assertThat(hintOf(found, "changelog-order")).isEqualTo("move this row above line 7 (row 1.2.0)");
        assertThat(hintOf(found, "changelog-malformed-row")).isEqualTo("write '1.0.0-rc.4' in the Version cell");
        assertThat(hintOf(found, "migration-guide-section")).isEqualTo("add '## Upgrading to 11.0.0' to "
                + "docs/integrations/sources/guided-migrations.md above line 3 ('Upgrading to 9.0.0')");
        assertThat(found.stream().filter(d -> d.get("connector").asText().equals("destination-pail-strict"))
                .findFirst().orElseThrow().get("hint").asText())
                .contains("'### Changelog: destination-pail-strict'", "docs/integrations/destinations/pail.md");
    }

    @Test
    void theProjectContentChecksClean() {
        CliRun run = CliRun.runCli("check", TestPaths.contentDir().toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).as(run.out()).contains("0 error(s), 0 warning(s), 0 info");
    }

    private static String hintOf(List<JsonNode> found, String rule) {
        return found.stream().filter(d -> d.get("rule").asText().equals(rule)).findFirst().orElseThrow()
                .get("hint").asText();
    }
}
