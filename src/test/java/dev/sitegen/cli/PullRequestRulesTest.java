package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules that judge a pull request against its base ({@code check --changed-since HEAD}) on a
 * throwaway git repository holding the {@code pull-request} fixture: source-plum at 1.1.0 with a
 * declared 1.0.0 breaking change, committed, then changed in the work tree.
 */
class PullRequestRulesTest {

    private static final String FOLDER = "airbyte-integrations/connectors/source-plum/";
    private static final String METADATA = FOLDER + "metadata.yaml";
    private static final String DOC = "docs/integrations/sources/plum.md";
    private static final String TEST_FILE = FOLDER + "unit_tests/test_source.py";
    private static final String ROW_110 = "| 1.1.0   | 2026-10-01 |";

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
    }

    @Test
    void theFixtureIsCleanAtItsBase(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");

        CliRun run = CliRun.runCli("check", root.toString(), "--format", "json");

        assertThat(listFindings(run, "error")).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aTestFileChangedWithoutANewVersionIsReportedAtDockerImageTag(@TempDir Path tmp) throws Exception {
        // ROOT a subfolder of the work tree: files at the ref are asked for relative to it
        Path root = createRepo(tmp, "site/");
        append(root, TEST_FILE, "def test_more():\n    assert True\n");

        CliRun run = checkChanges(root);

        assertThat(listFindings(run, "error")).containsExactly("version-not-incremented " + METADATA + ":5");
        assertThat(run.out()).contains("dockerImageTag is still 1.1.0 as at HEAD, but " + TEST_FILE + " changed");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aTestFileChangedWithAPatchBumpPasses(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        append(root, TEST_FILE, "def test_more():\n    assert True\n");
        bump(root, "patch", "Test the pits stream");

        CliRun run = checkChanges(root);

        assertThat(read(root, METADATA)).contains("dockerImageTag: 1.1.1");
        assertThat(listFindings(run, "error")).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aMinorBumpWithItsRowPasses(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        Files.writeString(root.resolve(FOLDER + "source_plum.py"), "STREAMS = ['plums', 'pits', 'stones']\n");
        bump(root, "minor", "Add the stones stream");

        CliRun run = checkChanges(root);

        assertThat(read(root, METADATA)).contains("dockerImageTag: 1.2.0");
        assertThat(listFindings(run, "error")).isEmpty();
        assertThat(run.err()).contains("1 connector(s): source-plum");
    }

    @Test
    void aDocOnlyEditNeedsNoVersion(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, DOC, "Plum reads plums.", "Plum reads plums and their pits.");

        CliRun run = checkChanges(root);

        assertThat(run.err()).contains("1 connector(s): source-plum");
        assertThat(listFindings(run, "error")).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aRegistryOverridesOnlyChangeNeedsNoVersion(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, METADATA, "      enabled: true\n", "      enabled: false\n");

        CliRun run = checkChanges(root);

        assertThat(run.err()).contains("1 connector(s): source-plum");
        assertThat(listFindings(run, "error")).isEmpty();
    }

    @Test
    void anyOtherMetadataChangeNeedsAVersion(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, METADATA, "  releaseStage: generally_available\n",
                "  releaseStage: generally_available\n  allowedHosts:\n    hosts: [api.plum.example]\n");

        CliRun run = checkChanges(root);

        assertThat(listFindings(run, "error")).containsExactly("version-not-incremented " + METADATA + ":5");
    }

    @Test
    void aNewConnectorHasNothingToCompare(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        String quince = read(root, METADATA).replace("plum", "quince").replace("Plum", "Quince")
                .replace("000000000017", "000000000018");
        Files.createDirectories(root.resolve("airbyte-integrations/connectors/source-quince"));
        Files.writeString(root.resolve("airbyte-integrations/connectors/source-quince/metadata.yaml"), quince);
        Files.writeString(root.resolve("docs/integrations/sources/quince.md"), read(root, DOC).replace("Plum", "Quince"));
        Files.writeString(root.resolve("docs/integrations/sources/quince-migrations.md"),
                read(root, "docs/integrations/sources/plum-migrations.md").replace("Plum", "Quince"));

        CliRun run = checkChanges(root);

        assertThat(run.err()).contains("1 connector(s): source-quince");
        assertThat(listFindings(run, "error")).isEmpty();
    }

    @Test
    void aLowerVersionIsReportedAtDockerImageTag(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, METADATA, "dockerImageTag: 1.1.0", "dockerImageTag: 1.0.1");
        replace(root, DOC, ROW_110, "| 1.1.0   | 2026-10-01 |".replace("1.1.0", "1.0.1"));

        CliRun run = checkChanges(root);

        assertThat(listFindings(run, "error")).contains("version-decremented " + METADATA + ":5")
                .doesNotContain("version-not-incremented " + METADATA + ":5");
        assertThat(run.out()).contains("dockerImageTag 1.0.1 is lower than 1.1.0 at HEAD");
    }

    @Test
    void aRenumberedRowIsReportedWhereItIsNow(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, DOC, "| 0.9.0   | 2026-07-01 |", "| 0.9.1   | 2026-07-01 |");

        CliRun run = checkChanges(root);

        assertThat(listFindings(run, "error")).contains("changelog-history-changed " + DOC + ":11");
        assertThat(run.out()).contains("the row of 0.9.0, released at HEAD, now says 0.9.1");
    }

    @Test
    void aDeletedRowIsReportedAtTheTableAndAnEditedSubjectIsFine(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        String doc = read(root, DOC);
        String row100 = doc.lines().filter(l -> l.startsWith("| 1.0.0")).findFirst().orElseThrow() + "\n";
        Files.writeString(root.resolve(DOC), doc.replace(row100, "").replace("First release", "First public release"));

        CliRun run = checkChanges(root);

        List<String> history = listFindings(run, "error").stream()
                .filter(f -> f.startsWith("changelog-history-changed")).toList();
        assertThat(history).hasSize(1);
        assertThat(run.out()).contains("the row of 1.0.0, released at HEAD, was deleted")
                .doesNotContain("0.9.0, released");
    }

    @Test
    void aRemovedBreakingChangeIsReportedAtBreakingChanges(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, METADATA, "    breakingChanges:\n      1.0.0:\n        message: The 'fruit' stream was renamed "
                + "to 'plums'.\n        upgradeDeadline: \"2026-09-01\"\n", "    breakingChanges: {}\n");

        CliRun run = checkChanges(root);

        assertThat(listFindings(run, "error")).contains("breaking-change-removed " + METADATA + ":17");
        assertThat(run.out()).contains("the breaking change for 1.0.0 declared at HEAD was removed");
    }

    @Test
    void anEarlierDeadlineIsReportedAtItAndALaterOneIsFine(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        replace(root, METADATA, "upgradeDeadline: \"2026-09-01\"", "upgradeDeadline: \"2026-08-15\"");

        CliRun earlier = checkChanges(root);
        replace(root, METADATA, "upgradeDeadline: \"2026-08-15\"", "upgradeDeadline: \"2026-10-01\"");
        CliRun later = checkChanges(root);

        assertThat(listFindings(earlier, "error")).contains("breaking-change-removed " + METADATA + ":20");
        assertThat(earlier.out()).contains("the upgradeDeadline of 1.0.0 moved earlier, from 2026-09-01 at HEAD");
        assertThat(listFindings(later, "error")).noneMatch(f -> f.startsWith("breaking-change-removed"));
    }

    @Test
    void withoutChangedSinceTheChangeRulesAreSilent(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        append(root, TEST_FILE, "def test_more():\n    assert True\n");

        CliRun run = CliRun.runCli("check", root.toString(), "--format", "json");

        assertThat(listFindings(run, "error")).isEmpty();
    }

    @Test
    void buildJudgesTheChangeToo(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        append(root, TEST_FILE, "def test_more():\n    assert True\n");

        CliRun run = CliRun.runCli("build", root.toString(), "--changed-since", "HEAD", "--format", "json",
                "--out", tmp.resolve("out").toString(), "--as-of", "2026-11-01");

        assertThat(listFindings(run, "error")).containsExactly("version-not-incremented " + METADATA + ":5");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aShallowCloneWithoutTheRefExitsTwoWithTheFetchHint(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        append(root, TEST_FILE, "# second commit\n");
        ChangedSinceTest.runGit(tmp.resolve("repo"), "-c", "user.name=Site Gen Test", "-c",
                "user.email=test@example.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-am", "second");
        ChangedSinceTest.runGit(tmp, "clone", "-q", "--depth", "1", "file://" + tmp.resolve("repo"), "shallow");

        CliRun run = CliRun.runCli("check", tmp.resolve("shallow").toString(), "--changed-since", "HEAD~1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("git does not know this ref").contains("git fetch origin HEAD~1");
    }

    static CliRun checkChanges(Path root) {
        return CliRun.runCli("check", root.toString(), "--changed-since", "HEAD", "--format", "json");
    }

    /** Each finding of {@code severity} as {@code rule file:line}. */
    static List<String> listFindings(CliRun run, String severity) throws Exception {
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> out = new ArrayList<>();
        for (JsonNode d : json.get("diagnostics")) {
            if (d.get("severity").asText().equals(severity)) {
                out.add(d.get("rule").asText() + " " + d.get("file").asText() + ":" + d.get("line").asInt());
            }
        }
        return out;
    }

    private static void bump(Path root, String kind, String message) {
        CliRun run = CliRun.runCli("bump", "source-plum", kind, root.toString(), "--pr", "320", "--message", message,
                "--date", "2026-11-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Path createRepo(Path tmp, String prefix) throws Exception {
        Path repo = tmp.resolve("repo");
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("pull-request"), repo.resolve(prefix + "."))
                .normalize();
        commitAll(repo);
        return root;
    }

    static void commitAll(Path repo) throws Exception {
        ChangedSinceTest.runGit(repo, "init", "-q");
        ChangedSinceTest.runGit(repo, "add", "-A");
        ChangedSinceTest.runGit(repo, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "base");
    }

    private static String read(Path root, String file) throws Exception {
        return Files.readString(root.resolve(file));
    }

    private static void append(Path root, String file, String text) throws Exception {
        Files.writeString(root.resolve(file), read(root, file) + text);
    }

    private static void replace(Path root, String file, String from, String to) throws Exception {
        String before = read(root, file);
        assertThat(before).contains(from);
        Files.writeString(root.resolve(file), before.replace(from, to));
    }
}
