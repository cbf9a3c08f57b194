package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change rules on real connectors: source-faker and source-pokeapi with their docs copied from the
 * shared corpus into a temporary git repository, committed, then changed as a pull request would.
 * Only the change rules' findings are asserted; the corpus has findings of its own.
 */
class CorpusPullRequestTest {

    private static final List<String> CHANGE_RULES = List.of("version-not-incremented", "version-decremented",
            "changelog-history-changed", "breaking-change-removed");
    private static final String FAKER = "airbyte-integrations/connectors/source-faker/";
    private static final String POKEAPI = "airbyte-integrations/connectors/source-pokeapi/";
    private static final String FAKER_DOC = "docs/integrations/sources/faker.md";

    @Test
    void aCodeChangeWithoutANewVersionAndRewrittenHistoryAreReported(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        Path spec = root.resolve(FAKER + "source_faker/spec.json");
        Files.writeString(spec, Files.readString(spec) + "\n");
        Path doc = root.resolve(FAKER_DOC);
        Files.writeString(doc, Files.readString(doc).replace("| 6.2.24      | 2025-04-05 |", "| 6.2.42      | 2025-04-05 |"));
        Path metadata = root.resolve(FAKER + "metadata.yaml");
        Files.writeString(metadata, Files.readString(metadata).replace("      4.0.0:\n        message: This is a "
                + "breaking change message\n        upgradeDeadline: \"2023-07-19\"\n", ""));

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(listChangeFindings(run)).containsExactly(
                "breaking-change-removed " + FAKER + "metadata.yaml:29",
                "changelog-history-changed " + FAKER_DOC + ":108",
                "version-not-incremented " + FAKER + "metadata.yaml:12");
        assertThat(run.err()).contains("1 connector(s): source-faker");
    }

    @Test
    void aPatchBumpWithACodeChangeAndADocOnlyEditPass(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        Path manifest = root.resolve(POKEAPI + "manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest) + "\n# retry on 429\n");
        CliRun bump = CliRun.runCli("bump", "source-pokeapi", "patch", root.toString(), "--pr", "60001",
                "--message", "Retry on rate limits", "--date", "2025-08-20");
        assertThat(bump.exitCode()).as(bump.err()).isZero();
        Path doc = root.resolve(FAKER_DOC);
        Files.writeString(doc, Files.readString(doc) + "\nOne more note for users.\n");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(run.err()).contains("2 connector(s): source-faker, source-pokeapi");
        assertThat(listChangeFindings(run)).isEmpty();
    }

    private static List<String> listChangeFindings(CliRun run) throws Exception {
        return PullRequestRulesTest.listFindings(run, "error").stream()
                .filter(f -> CHANGE_RULES.contains(f.substring(0, f.indexOf(' ')))).sorted().toList();
    }

    private static Path createRepo(Path tmp) throws Exception {
        return CorpusRepos.createRepo(tmp, List.of(FAKER, POKEAPI),
                List.of(FAKER_DOC, "docs/integrations/sources/faker-migrations.md",
                "docs/integrations/sources/pokeapi.md"));
    }
}
