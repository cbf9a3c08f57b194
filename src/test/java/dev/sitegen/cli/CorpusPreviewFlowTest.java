package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pull-request workflow replayed on a temporary git repository copied from the shared corpus
 * (skipped without it): the published site is built from the base commit, one clean pull request to
 * source-faker (a doc edit and its release with a changelog row) builds its preview under another base URL
 * and checks green, and {@code diff} names exactly the pages it changed, source-faker's own page first, with
 * check counts that compare like with like.
 */
class CorpusPreviewFlowTest {

    private static final String FAKER_DOC = "docs/integrations/sources/faker.md";
    private static final String PREVIEW_URL = "https://docs.example.com/previews/pr-1/";

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void onePullRequestBuildsAndChecksGreenAndTheDiffNamesItsPages(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("repo");
        SiteTrees.copyTree(CorpusRepos.requireCorpusAndGit(), root);
        PullRequestRulesTest.commitAll(root);
        String base = git(root, "rev-parse", "HEAD").strip();
        Path published = tmp.resolve("published");
        CliRun publish = build(root, published, "--base-url", "/", "--fail-on", "never");
        assertThat(publish.exitCode()).as(publish.err()).isZero();

        // the pull request: a doc edit, released (the corpus's source-faker is a release candidate, which
        // `bump patch` refuses: `release` ships it as the patch 6.2.25 with its changelog row)
        Path doc = root.resolve(FAKER_DOC);
        Files.writeString(doc, Files.readString(doc) + "\nOne more note for users of the sample data.\n");
        CliRun bump = CliRun.runCli("bump", "source-faker", "release", root.toString(), "--pr", "60001",
                "--message", "Document the sample data", "--date", "2025-08-20");
        assertThat(bump.exitCode()).as(bump.err()).isZero();
        git(root, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid", "-c",
                "commit.gpgsign=false", "commit", "-q", "-a", "-m", "source-faker: document the sample data");

        Path preview = tmp.resolve("preview");
        CliRun build = build(root, preview, "--base-url", "/previews/pr-1/", "--changed-since", base);
        CliRun check = CliRun.runCli("check", root.toString(), "--changed-since", base);
        CliRun diff = CliRun.runCli("diff", published.resolve(".site-gen/manifest.json").toString(),
                preview.toString(), "--base-url", PREVIEW_URL);

        assertThat(build.exitCode()).as(build.out() + build.err()).isZero();
        assertThat(build.err()).contains("1 connector(s): source-faker");
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(listPages(diff.out(), "Changed pages")).containsExactly(
                "integrations/sources/faker/index.html",
                "contributing/connectors/source-faker/index.html",
                "index.html");
        assertThat(diff.out()).doesNotContain("### Added pages").doesNotContain("### Removed pages")
                .contains("- [`integrations/sources/faker/index.html`](" + PREVIEW_URL
                        + "integrations/sources/faker/index.html)")
                .contains("| source-faker | 6.2.25-rc.1 | 6.2.25 |");
        // like with like: the whole site's findings at their rules' severities on both sides
        String checks = diff.out().substring(diff.out().indexOf("### Checks"));
        assertThat(checks).containsPattern("\\| Errors \\| (\\d+) \\| \\1 \\|  \\|")
                .containsPattern("\\| Connectors \\| (\\d+) \\| \\1 \\|  \\|");
    }

    /** The paths listed under {@code title} in a diff. */
    private static List<String> listPages(String markdown, String title) {
        int at = markdown.indexOf("### " + title);
        assertThat(at).as(markdown).isNotNegative();
        List<String> pages = new ArrayList<>();
        for (String line : markdown.substring(at).lines().skip(2).toList()) {
            if (!line.startsWith("- ")) {
                break;
            }
            pages.add(line.substring(line.indexOf('`') + 1, line.indexOf('`', line.indexOf('`') + 1)));
        }
        return pages;
    }

    private static CliRun build(Path root, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", root.toString(), "--out", out.toString(),
                "--as-of", "2025-08-15"));
        args.addAll(List.of(more));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }
}
