package dev.sitegen.cli;

import dev.sitegen.build.Build;
import dev.sitegen.load.Site;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --changed-since REF} on a throwaway git repository: only touched connectors are reported. */
class ChangedSinceTest {

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(isGitAvailable(), "git is not on PATH");
    }

    @Test
    void reportsOnlyTheConnectorWhoseDocChanged(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        Files.writeString(root.resolve("docs/integrations/sources/berry.md"), "\nMore setup notes.\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("diagnostics").findValuesAsText("connector")).isNotEmpty().containsOnly("source-berry");
        assertThat(json.at("/summary/connectors").asInt()).isEqualTo(1);
        assertThat(run.err()).contains("changed since HEAD: 1 connector(s): source-berry");
    }

    @Test
    void buildFailsOnlyOnChangedConnectorsAndKeepsTheOthersAsInfo(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        CliRun all = CliRun.runCli("check", root.toString(), "--format", "json");
        JsonNode before = new ObjectMapper().readTree(all.out());
        long appleErrors = countFindings(before, "source-apple", "error");
        Assumptions.assumeTrue(appleErrors > 0, "the fixture's source-apple must have an error for this test");
        Files.writeString(root.resolve("docs/integrations/sources/berry.md"), "\nMore setup notes.\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.runCli("build", root.toString(), "--changed-since", "HEAD", "--format", "json",
                "--fail-on", "error", "--out", tmp.resolve("out").toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(countFindings(json, "source-apple", "error")).isZero();
        assertThat(countFindings(json, "source-apple", "info")).isGreaterThanOrEqualTo(appleErrors);
        assertThat(countFindings(json, "source-berry", "error")).isEqualTo(countFindings(before, "source-berry", "error"));
        assertThat(run.exitCode()).isEqualTo(countFindings(before, "source-berry", "error") > 0 ? 1 : 0);
    }

    private static long countFindings(JsonNode report, String connector, String severity) {
        long n = 0;
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("connector").asText().equals(connector) && d.get("severity").asText().equals(severity)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void nothingChangedChecksNothing(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("0 connector(s) checked: 0 error(s), 0 warning(s), 0 info\n");
    }

    @Test
    void untrackedFilesCountAndRootMayBeASubfolderOfTheRepository(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "site/");
        // a file no connector reads nor holds touches none; a migration guide where apple's would be touches apple
        Files.writeString(root.resolve("connectors/NOTES.txt"), "new, untracked\n");
        Files.writeString(root.resolve("docs/integrations/sources/apple-migrations.md"), "# Apple Migration Guide\n");
        Files.writeString(root.resolve("docs/integrations/sources/unrelated.md"), "# Not a connector doc\n");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD", "--only", "source-apple",
                "source-berry", "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("diagnostics").findValuesAsText("connector")).isNotEmpty().containsOnly("source-apple");
        assertThat(json.at("/summary/connectors").asInt()).isEqualTo(1);
    }

    @Test
    void theChangedFilesAreThoseOfTheBaseAsCommittedWhateverTheReplaceRefs(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        Process head = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD").start();
        String base = new String(head.getInputStream().readAllBytes()).strip();
        assertThat(head.waitFor()).isZero();
        Files.writeString(root.resolve("docs/integrations/sources/berry.md"), "\nMore setup notes.\n",
                java.nio.file.StandardOpenOption.APPEND);
        runGit(root, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-a", "-m", "berry");
        // git itself now sees the base as the new commit, so its diff against the base is empty
        runGit(root, "replace", base, "HEAD");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", base, "--format", "json");

        assertThat(run.err()).contains("changed since " + base + ": 1 connector(s): source-berry");
    }

    @Test
    void aFileMovedBetweenConnectorsTouchesBothEvenWithRenameDetectionOn(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");
        Files.writeString(root.resolve("connectors/source-apple/main.py"), "print('apple')\n".repeat(20));
        runGit(root, "add", "-A");
        runGit(root, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "code");
        runGit(root, "config", "diff.renames", "true");
        runGit(root, "mv", "connectors/source-apple/main.py", "connectors/source-berry/main.py");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD", "--format", "json");

        assertThat(run.err()).contains("changed since HEAD: 2 connector(s): source-apple, source-berry");
    }

    @Test
    void aTreeRefIsRefusedLikeAnUnknownOne(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD^{tree}");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("git does not know this ref");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownRefExitsTwoWithTheShallowCloneHint(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, "");

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "origin/no-such-branch");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("git does not know this ref")
                .contains("in a shallow CI clone, fetch the ref first: git fetch origin no-such-branch");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rootOutsideAGitWorkTreeExitsTwo(@TempDir Path tmp) throws Exception {
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("baseline-small"), tmp.resolve("plain"));

        CliRun run = CliRun.runCli("check", root.toString(), "--changed-since", "HEAD");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not inside a git work tree");
    }

    @Test
    void aSharedDocTouchesEveryConnectorReadingIt() throws Exception {
        Optional<Path> corpus = TestPaths.findCorpus();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found");
        try (Workers workers = new Workers(2)) {
            Site site = Build.load(corpus.get(), workers).site();
            Map<String, List<String>> readers = site.catalog().connectors().stream()
                    .filter(c -> c.doc().isPresent())
                    .collect(Collectors.groupingBy(c -> c.doc().map(DocPage::file).orElseThrow(),
                            Collectors.mapping(Connector::dir, Collectors.toList())));
            Map.Entry<String, List<String>> shared = readers.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1).findFirst().orElseThrow();

            assertThat(ChangedConnectors.mapChangedPaths(site.layout(), site.catalog(), List.of(shared.getKey())))
                    .containsExactlyInAnyOrderElementsOf(shared.getValue());
        }
    }

    /** A git repository holding the baseline-small fixture under {@code prefix}, committed; returns the fixture root. */
    private static Path createRepo(Path tmp, String prefix) throws Exception {
        Path repo = tmp.resolve("repo");
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("baseline-small"), repo.resolve(prefix + "."))
                .normalize();
        runGit(repo, "init", "-q");
        runGit(repo, "add", "-A");
        runGit(repo, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "fixture");
        return root;
    }

    static void runGit(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    static boolean isGitAvailable() {
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
