package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --changed-since} in a long-lived process ({@link MemoryTier} on, files at the base kept by commit):
 * the same report as a process without the tier, also once the ref names another commit whose files differ.
 */
class ChangedSinceTierTest {

    private static final String METADATA = "airbyte-integrations/connectors/source-plum/metadata.yaml";
    private static final String TEST_FILE = "airbyte-integrations/connectors/source-plum/unit_tests/test_source.py";

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
    }

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    @Test
    void aBaseMovedToAnotherCommitIsReadAgain(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("repo");
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("pull-request"), repo.resolve("site"));
        PullRequestRulesTest.commitAll(repo);
        Files.writeString(root.resolve(TEST_FILE), "def test_more():\n    assert True\n",
                java.nio.file.StandardOpenOption.APPEND);

        MemoryTier.enable();
        CliRun atFirst = PullRequestRulesTest.checkChanges(root);
        CliRun again = PullRequestRulesTest.checkChanges(root);
        assertThat(PullRequestRulesTest.listFindings(atFirst, "error"))
                .containsExactly("version-not-incremented " + METADATA + ":5");
        assertThat(again.out()).isEqualTo(atFirst.out());

        // HEAD moves to a commit at 1.0.0: the work tree's 1.1.0 is a new version against it
        String metadata = Files.readString(root.resolve(METADATA));
        Files.writeString(root.resolve(METADATA), metadata.replace("dockerImageTag: 1.1.0", "dockerImageTag: 1.0.0"));
        ChangedSinceTest.runGit(repo, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "older", "--", "site/" + METADATA);
        Files.writeString(root.resolve(METADATA), metadata);
        CliRun moved = PullRequestRulesTest.checkChanges(root);
        MemoryTier.disable();
        CliRun fresh = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(moved, "error"))
                .doesNotContain("version-not-incremented " + METADATA + ":5");
        assertThat(moved.out()).isEqualTo(fresh.out()).isNotEqualTo(atFirst.out());
        assertThat(moved.exitCode()).isEqualTo(fresh.exitCode());
    }
}
