package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec and stream comparisons on real connectors: source-alpha-vantage (a manifest-only connector
 * listing eight streams) and source-faker (a package spec.json, currently a release candidate) with their
 * docs copied from the shared corpus into a temporary git repository, committed, then changed as a pull
 * request would. Only the spec and stream rules' findings are asserted; the corpus has findings of its own.
 */
class CorpusSpecChangeTest {

    private static final List<String> RULES = List.of("spec-breaking-change-undeclared", "spec-field-removed",
            "stream-removed-undeclared");
    private static final String VANTAGE = "airbyte-integrations/connectors/source-alpha-vantage/";
    private static final String FAKER = "airbyte-integrations/connectors/source-faker/";

    @Test
    void aPatchThatDropsAnIntervalAQuoteStreamAndAddsARequiredFieldIsReported(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        Path manifest = root.resolve(VANTAGE + "manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest)
                .replace("  - $ref: \"#/definitions/streams/quote\"\n", "")
                .replace("          - 30min\n          - 60min\n", "          - 30min\n")
                .replace("      - symbol\n", "      - symbol\n      - market\n")
                .replace("    properties:\n      api_key:\n", "    properties:\n      market:\n        type: string\n"
                        + "      api_key:\n"));
        bump(root, "source-alpha-vantage", "patch");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(listFindings(run)).containsExactly(
                "spec-breaking-change-undeclared " + VANTAGE + "metadata.yaml:5",
                "stream-removed-undeclared " + VANTAGE + "metadata.yaml:5");
        // fields come in spec order: by their order keyword, then as written (market has none)
        assertThat(run.out()).contains("0.2.9 is no new major declared in breakingChanges: `interval`: enum values "
                + "removed (60min); `market`: required field added without a default")
                .contains("stream 'quote' of HEAD is gone").contains("then list quote in its scopedImpact");
    }

    @Test
    void aCandidateThatTightensABoundIsReportedAndAMinorAddingAnOptionalFieldIsNot(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        Path spec = root.resolve(FAKER + "source_faker/spec.json");
        Files.writeString(spec, Files.readString(spec).replace("\"minimum\": 1,\n        \"default\": 1000,\n"
                + "        \"order\": 2", "\"minimum\": 10,\n        \"default\": 1000,\n        \"order\": 2"));
        bump(root, "source-faker", "rc");
        Path manifest = root.resolve(VANTAGE + "manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("    properties:\n      api_key:\n",
                "    properties:\n      datatype:\n        type: string\n        enum: [json, csv]\n        default: json\n"
                        + "      api_key:\n"));
        bump(root, "source-alpha-vantage", "minor");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(run.err()).contains("2 connector(s): source-alpha-vantage, source-faker");
        assertThat(listFindings(run)).containsExactly("spec-breaking-change-undeclared " + FAKER + "metadata.yaml:12");
        assertThat(run.out()).contains("6.2.25-rc.2 is no new major declared in breakingChanges: "
                + "`records_per_slice`: bound tightened (minimum 1 -> 10)");
    }

    private static List<String> listFindings(CliRun run) throws Exception {
        return PullRequestRulesTest.listFindings(run, "error").stream()
                .filter(f -> RULES.contains(f.substring(0, f.indexOf(' ')))).sorted().toList();
    }

    private static void bump(Path root, String connector, String kind) {
        CliRun run = CliRun.runCli("bump", connector, kind, root.toString(), "--pr", "60001", "--message",
                "A change to the spec", "--date", "2025-08-20");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Path createRepo(Path tmp) throws Exception {
        return CorpusRepos.createRepo(tmp, List.of(VANTAGE, FAKER),
                List.of("docs/integrations/sources/faker.md",
                "docs/integrations/sources/faker-migrations.md", "docs/integrations/sources/alpha-vantage.md"));
    }
}
