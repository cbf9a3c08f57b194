package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.edit.EditTestFiles;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.PastedCommand;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the site tells contributors to run work pasted at the repository root: they are read from
 * the rendered Contribute and Checks pages of a small monorepo and run as a contributor would, in a new
 * JVM whose working folder is the checkout, with no ROOT argument.
 */
class ContributeCommandsTest {

    private static final String PULL_REQUEST = "4242";

    @TempDir
    Path tmp;

    @Test
    void contributePageCommandsWorkAtTheMonorepoRoot() throws IOException, InterruptedException {
        Path repo = EditTestFiles.copyTree(TestPaths.fixtureSite("monorepo-small"), tmp.resolve("repo"));
        Path site = buildSite(repo);
        Document page = Jsoup.parse(site.resolve("contributing/connectors/source-faker/index.html").toFile());
        List<String> commands = page.select("code").stream().map(Element::text)
                .filter(t -> t.startsWith("site-gen ")).distinct().toList();

        assertThat(commands).containsExactlyInAnyOrder("site-gen check --only source-faker",
                "site-gen bump source-faker patch --pr NNNNN --message \"Describe the change\"");
        String check = commands.stream().filter(c -> c.startsWith("site-gen check")).findFirst().orElseThrow();
        String bump = commands.stream().filter(c -> c.startsWith("site-gen bump")).findFirst().orElseThrow();

        PastedCommand checked = runAt(repo, check);
        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("checked 1 connector(s)").contains(": 0 error(s), 0 warning(s)");

        PastedCommand bumped = runAt(repo, bump.replace("NNNNN", PULL_REQUEST));
        assertThat(bumped.exitCode()).as(bumped.output()).isZero();
        assertThat(bumped.output()).contains("source-faker: 2.1.0 -> 2.1.1");
        assertThat(Files.readString(repo.resolve("docs/integrations/sources/faker.md")))
                .contains("| 2.1.1 ").contains("/pull/" + PULL_REQUEST + ") | Describe the change");
        assertThat(runAt(repo, check).exitCode()).as("the bumped connector still checks clean").isZero();
    }

    @Test
    void aCandidatesPageSuggestsPromotingIt() throws IOException, InterruptedException {
        Path repo = EditTestFiles.copyTree(TestPaths.fixtureSite("monorepo-small"), tmp.resolve("repo"));
        Document page = Jsoup.parse(buildSite(repo).resolve("contributing/connectors/source-pebble/index.html").toFile());
        String bump = page.select("code").stream().map(Element::text).filter(t -> t.startsWith("site-gen bump"))
                .findFirst().orElseThrow();

        assertThat(bump).isEqualTo("site-gen bump source-pebble release --pr NNNNN --message \"Describe the change\"");
        PastedCommand bumped = runAt(repo, bump.replace("NNNNN", PULL_REQUEST));
        assertThat(bumped.exitCode()).as(bumped.output()).isZero();
        assertThat(bumped.output()).contains("source-pebble: 0.3.1-rc.1 -> 0.3.1");
        assertThat(page.select("dd code").eachText()).contains("0.3.1");
    }

    @Test
    void checksPageCommandWorksAtTheMonorepoRoot() throws IOException, InterruptedException {
        Path repo = EditTestFiles.copyTree(TestPaths.fixtureSite("monorepo-small"), tmp.resolve("repo"));
        Document page = Jsoup.parse(buildSite(repo).resolve("checks/index.html").toFile());
        String command = page.select("code").stream().map(Element::text).filter(t -> t.startsWith("site-gen check"))
                .findFirst().orElseThrow();

        assertThat(command).isEqualTo("site-gen check");
        PastedCommand run = runAt(repo, command);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("checked 2 connector(s)");
    }

    @Test
    void projectCommandsNameTheContentFolder() throws IOException, InterruptedException {
        Path repo = tmp.resolve("project");
        EditTestFiles.copyTree(TestPaths.contentDir(), repo.resolve("content"));
        Path site = buildSite(repo.resolve("content"));
        Document page = Jsoup.parse(site.resolve("contributing/connectors/source-ledgerly/index.html").toFile());
        List<String> commands = page.select("code").stream().map(Element::text)
                .filter(t -> t.startsWith("site-gen ")).toList();

        assertThat(commands).contains("site-gen check content --only source-ledgerly");
        PastedCommand run = runAt(repo, "site-gen check content --only source-ledgerly");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    private Path buildSite(Path root) {
        Path out = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2026-11-20",
                "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static PastedCommand runAt(Path folder, String commandLine) throws IOException, InterruptedException {
        return PastedCommand.runAt(folder, commandLine);
    }
}
