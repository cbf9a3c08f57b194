package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's preview flow on the baseline-small fixture in a git repository: a preview
 * {@code build --changed-since} fails only on the pull request's own connectors and files (a doc that
 * documents no connector included), and its pages are the same bytes as a build without the option.
 */
class PreviewFlowTest {

    private static final String BERRY_DOC = "docs/integrations/sources/berry.md";
    /** A doc no connector is documented on, with a broken link: an error of no connector. */
    private static final String GUIDE = "docs/integrations/custom-guide.md";

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
    }

    @Test
    void findingsOutsideTheChangedConnectorsAndFilesAreInfo(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        CliRun full = build(root, tmp.resolve("full"));
        assertThat(PullRequestRulesTest.listFindings(full, "error"))
                .contains("broken-link " + GUIDE + ":3")
                .anyMatch(f -> f.contains("apple.md"));
        append(root, BERRY_DOC, "\nMore setup notes.\n");

        CliRun preview = build(root, tmp.resolve("preview"), "--changed-since", "HEAD");

        assertThat(PullRequestRulesTest.listFindings(preview, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(preview, "info")).contains("broken-link " + GUIDE + ":3")
                .anyMatch(f -> f.contains("apple.md"));
        assertThat(preview.exitCode()).as(preview.err()).isZero();
    }

    @Test
    void aFindingInAChangedFileOfNoConnectorStillFails(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        append(root, GUIDE, "\nOne more line.\n");

        CliRun preview = build(root, tmp.resolve("preview"), "--changed-since", "HEAD");

        assertThat(PullRequestRulesTest.listFindings(preview, "error")).containsExactly("broken-link " + GUIDE + ":3");
        assertThat(preview.exitCode()).isEqualTo(1);
        assertThat(preview.err()).contains("changed since HEAD: 0 connector(s)");
    }

    @Test
    void anUntouchedConnectorsPagesDoNotDependOnChangedSince(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        append(root, BERRY_DOC, "\nMore setup notes.\n");
        Path scoped = tmp.resolve("scoped");
        Path whole = tmp.resolve("whole");

        CliRun preview = build(root, scoped, "--changed-since", "HEAD", "--fail-on", "never");
        CliRun full = build(root, whole, "--fail-on", "never");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(PullRequestRulesTest.listFindings(full, "error")).anyMatch(f -> f.contains("apple.md"));
        String contribute = "contributing/connectors/source-apple/index.html";
        assertThat(Files.readString(whole.resolve(contribute))).contains("error");
        for (String page : List.of(contribute, "integrations/sources/apple/index.html")) {
            // as text, so a failure shows where they differ; the tree comparison below is byte for byte
            assertThat(Files.readString(scoped.resolve(page))).as(page).isEqualTo(Files.readString(whole.resolve(page)));
        }
        // the rest of the site too; the manifest (its counts unscoped) differs only by the pull request's releases
        assertThat(SiteTrees.listDifferences(scoped, whole, 10)).singleElement(
                org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith("differs: .site-gen/manifest.json ");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode scopedManifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(scoped.resolve(".site-gen/manifest.json").toFile());
        assertThat(scopedManifest.remove("releases").findValuesAsText("connector")).containsExactly("source-berry");
        assertThat(scopedManifest).isEqualTo(json.readTree(whole.resolve(".site-gen/manifest.json").toFile()));
    }

    private static CliRun build(Path root, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", root.toString(), "--out", out.toString(),
                "--as-of", BuildOutputTest.AS_OF, "--format", "json"));
        args.addAll(List.of(more));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    /** baseline-small, berry's current version documented, a guide with a broken link; committed. */
    private static Path createRepo(Path tmp) throws Exception {
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("baseline-small"), tmp.resolve("repo"));
        String doc = Files.readString(root.resolve(BERRY_DOC));
        Files.writeString(root.resolve(BERRY_DOC), doc.replace("| 0.2.0   |",
                "| 0.3.0   | 2024-05-02 | [43](https://github.com/acme/connectors/pull/43) | Add stream y  |\n| 0.2.0   |"));
        Files.writeString(root.resolve(GUIDE), "# Custom guide\n\nSee [the gone page](gone.md).\n");
        PullRequestRulesTest.commitAll(root);
        return root;
    }

    private static void append(Path root, String file, String text) throws Exception {
        Files.writeString(root.resolve(file), Files.readString(root.resolve(file)) + text);
    }
}
