package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees of a failing build: every error at once (check and link findings in one round),
 * errors first, infos counted unless {@code --verbose}, and the previous output left in place.
 */
class ReportOutputTest {

    private static final String SITE = TestPaths.fixtureSite("check-and-link-errors").toString();
    private static final String CHECK_ERROR = "connectors/source-beta/metadata.yaml:2:3: error[metadata-invalid]: ";
    private static final String LINK_ERROR = "docs/integrations/sources/alpha.md:5:10: error[broken-link]: ";
    private static final String INFO = "docs/integrations/sources/alpha.md:5:44: info[broken-link]: ";

    @TempDir
    Path tmp;

    @Test
    void oneFailingBuildReportsCheckAndLinkErrorsAndKeepsThePreviousOutput() throws Exception {
        Path out = tmp.resolve("site");
        CliRun previous = CliRun.runCli("build", SITE, "--out", out.toString(), "--fail-on", "never");
        assertThat(previous.exitCode()).isZero();
        SortedMap<String, byte[]> tree = SiteTrees.readTree(out);

        CliRun failed = CliRun.runCli("build", SITE, "--out", out.toString());

        assertThat(failed.exitCode()).isEqualTo(1);
        List<String> lines = failed.out().lines().toList();
        assertThat(lines).containsSubsequence("2 error(s) in 2 file(s):",
                "--- connectors/source-beta/metadata.yaml", "--- docs/integrations/sources/alpha.md",
                "findings by rule:", "1 info finding(s) not listed; --verbose lists them",
                "1 connector(s) checked: 2 error(s), 0 warning(s), 1 info");
        assertThat(lines).anyMatch(line -> line.startsWith(CHECK_ERROR)).anyMatch(line -> line.startsWith(LINK_ERROR))
                .noneMatch(line -> line.startsWith(INFO));
        assertThat(failed.err()).containsPattern("build failed in \\d+\\.\\d s: fix the errors above; .* was left "
                + "unchanged");
        assertThat(SiteTrees.readTree(out)).usingRecursiveComparison().isEqualTo(tree);
        try (var beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", ".site-gen");
        }
    }

    @Test
    void verboseListsInfosInBuildAndCheck() {
        CliRun build = CliRun.runCli("build", SITE, "--out", tmp.resolve("site").toString(), "--verbose");
        String versions = TestPaths.fixtureSite("check-versions").toString();
        CliRun check = CliRun.runCli("check", versions, "--verbose");
        CliRun briefCheck = CliRun.runCli("check", versions);

        assertThat(build.out().lines()).anyMatch(line -> line.startsWith(INFO))
                .contains("1 info finding(s) in 1 file(s):").noneMatch(line -> line.contains("not listed"));
        String guidedInfo = "connectors/source-guided/metadata.yaml:20:";
        assertThat(check.out().lines()).anyMatch(line -> line.startsWith(guidedInfo)
                && line.contains(" info[breaking-change-not-in-changelog]: ")).noneMatch(line -> line.contains("not listed"));
        assertThat(briefCheck.out().lines()).noneMatch(line -> line.contains(" info["))
                .anyMatch(line -> line.matches("\\d+ info finding\\(s\\) not listed; --verbose lists them"));
        assertThat(briefCheck.out().lines().filter(line -> line.contains(" error[")).toList())
                .isEqualTo(check.out().lines().filter(line -> line.contains(" error[")).toList()).isNotEmpty();
        assertThat(check.out()).startsWith(briefCheck.out().substring(0, briefCheck.out().indexOf(" warning(s) in ")));
    }

    @Test
    void anUpToDateBuildPrintsTheReportAsThisRunAsksForIt() {
        String out = tmp.resolve("site").toString();
        CliRun first = CliRun.runCli("build", SITE, "--out", out, "--fail-on", "never");
        CliRun verbose = CliRun.runCli("build", SITE, "--out", out, "--fail-on", "never", "--verbose");
        CliRun brief = CliRun.runCli("build", SITE, "--out", out, "--fail-on", "never");

        assertThat(verbose.err()).contains(UpToDateBuildTest.UP_TO_DATE);
        assertThat(verbose.out().lines()).anyMatch(line -> line.startsWith(INFO));
        assertThat(brief.err()).contains(UpToDateBuildTest.UP_TO_DATE);
        assertThat(brief.out()).isEqualTo(first.out()).doesNotContain(INFO);
    }

    @Test
    void githubAnnotatesErrorsOnlyAndJsonKeepsEveryFinding() throws Exception {
        CliRun github = CliRun.runCli("build", SITE, "--out", tmp.resolve("a").toString(), "--format", "github");
        CliRun json = CliRun.runCli("build", SITE, "--out", tmp.resolve("b").toString(), "--format", "json");

        assertThat(github.out().lines()).filteredOn(line -> line.startsWith("::")).hasSize(2)
                .allMatch(line -> line.startsWith("::error "));
        assertThat(github.out()).doesNotContain("::notice").endsWith("1 connector(s) checked: 2 error(s), "
                + "0 warning(s), 1 info\n");
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.get("diagnostics").findValuesAsText("severity")).containsExactly("error", "error", "info");
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(json.exitCode()).isEqualTo(1);
    }
}
