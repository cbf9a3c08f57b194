package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes, formats and messages of the commands, as a user or CI sees them. */
class CliTest {

    private final String broken = TestPaths.fixtureSite("broken-metadata").toString();

    @Test
    void checkReportsMissingFieldWithFileLineAndExitsOne() {
        CliRun run = CliRun.runCli("check", broken);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("connectors/source-beta/metadata.yaml:2:3: error[metadata-invalid]: "
                + "required field 'dockerImageTag' is missing");
        assertThat(run.out()).contains("help: add 'dockerImageTag:' under 'data:'");
        assertThat(run.out()).contains("  2 |   connectorSubtype: api");
        assertThat(run.out()).doesNotContain("source-alpha");
    }

    @Test
    void jsonFormatFollowsTheContract() throws Exception {
        CliRun run = CliRun.runCli("check", broken, "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("diagnostics")).hasSize(1);
        JsonNode d = json.get("diagnostics").get(0);
        assertThat(d.get("rule").asText()).isEqualTo("metadata-invalid");
        assertThat(d.get("severity").asText()).isEqualTo("error");
        assertThat(d.get("connector").asText()).isEqualTo("source-beta");
        assertThat(d.get("file").asText()).isEqualTo("connectors/source-beta/metadata.yaml");
        assertThat(d.get("line").asInt()).isEqualTo(2);
        assertThat(d.get("column").asInt()).isEqualTo(3);
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void failOnNeverBuildsTheOtherConnectors(@TempDir Path tmp) throws Exception {
        CliRun run = CliRun.runCli("build", broken, "--out", tmp.resolve("out").toString(), "--fail-on", "never");

        assertThat(run.exitCode()).isZero();
        Document alpha = Jsoup.parse(tmp.resolve("out/integrations/sources/alpha/index.html").toFile());
        assertThat(alpha.select(".facts .version").text()).isEqualTo("1.0.0");
        // beta's doc is still published, as a plain page: its metadata is unusable, so no connector header.
        Document beta = Jsoup.parse(tmp.resolve("out/integrations/sources/beta/index.html").toFile());
        assertThat(beta.select(".facts")).isEmpty();
        assertThat(beta.select("h1").text()).isEqualTo("Beta");
        Document index = Jsoup.parse(tmp.resolve("out/index.html").toFile());
        assertThat(index.select("tr[data-connector]").eachAttr("data-connector")).containsExactly("source-alpha");
    }

    @Test
    void onlyLimitsTheCheckToNamedConnectors() {
        assertThat(CliRun.runCli("check", broken, "--only", "source-alpha").exitCode()).isZero();
        assertThat(CliRun.runCli("check", broken, "--only", "source-beta").exitCode()).isEqualTo(1);
        CliRun unknown = CliRun.runCli("check", broken, "--only", "source-gamma");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown connector 'source-gamma'");
    }

    @Test
    void reportFileGetsTheSameReport(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("r/report.json");
        CliRun run = CliRun.runCli("check", broken, "--format", "json", "--report", report.toString());

        assertThat(Files.readString(report)).isEqualTo(run.out());
    }

    @Test
    void usageAndConfigErrorsExitTwo(@TempDir Path tmp) throws Exception {
        assertThat(CliRun.runCli("build", "--no-such-option").exitCode()).isEqualTo(2);
        assertThat(CliRun.runCli("check", broken, "--format", "xml").exitCode()).isEqualTo(2);
        CliRun notRoot = CliRun.runCli("check", tmp.toString());
        assertThat(notRoot.exitCode()).isEqualTo(2);
        assertThat(notRoot.err()).contains("not a site-gen root");

        Files.writeString(tmp.resolve("site.yaml"), "rules:\n  no-such-rule: error\n");
        CliRun badRule = CliRun.runCli("check", tmp.toString());
        assertThat(badRule.exitCode()).isEqualTo(2);
        assertThat(badRule.err()).contains("rules.no-such-rule: unknown rule id");
    }

    @Test
    void rulesAndExplainDescribeTheRules() {
        CliRun rules = CliRun.runCli("rules");
        assertThat(rules.exitCode()).isZero();
        assertThat(rules.out()).containsPattern("(?m)^docs-missing\\s+error\\s+");
        assertThat(rules.out()).containsPattern("(?m)^metadata-invalid\\s+error\\s+");

        CliRun explain = CliRun.runCli("explain", "docs-missing");
        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).startsWith("docs-missing (default: error)\n\nThe connector has no doc page")
                .contains(".md. Create the page, or fix documentationUrl to point at the existing one.\n\nBAD:\n"
                        + "    documentationUrl: https://docs.example.com/integrations/sources/foo\n"
                        + "    docs/integrations/sources/foo-api.md       (no foo.md)\n\nGOOD:\n"
                        + "    documentationUrl: https://docs.example.com/integrations/sources/foo\n"
                        + "    docs/integrations/sources/foo.md\n")
                .endsWith("foo.md\n");
        assertThat(CliRun.runCli("explain", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        // a lone --version builds no subcommand's model: still the version line and nothing else
        CliRun version = CliRun.runCli("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo(dev.sitegen.build.Build.describeGenerator() + "\n");
        assertThat(version.err()).isEmpty();
        assertThat(CliRun.runCli("-V")).isEqualTo(version);
        CliRun help = CliRun.runCli("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("build", "check", "rules", "explain");
    }
}
