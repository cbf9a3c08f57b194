package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.PastedCommand;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared monorepo's Contribute page for source-faker (a release candidate) suggests commands that work
 * pasted at the checkout's root (skipped without the corpus). The bump runs with {@code --dry-run}: the
 * corpus is shared and never written.
 */
class CorpusContributeCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void fakerCommandsWorkAtTheCheckoutRoot() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        Path corpus = TestPaths.findCorpus().get();
        Path out = tmp.resolve("site");
        CliRun build = CliRun.runCli("build", corpus.toString(), "--out", out.toString(), "--as-of", "2025-08-20",
                "--fail-on", "never");
        assertThat(build.exitCode()).as(build.err()).isZero();
        Document page = Jsoup.parse(out.resolve("contributing/connectors/source-faker/index.html").toFile());
        List<String> commands = page.select("code").stream().map(Element::text)
                .filter(t -> t.startsWith("site-gen ")).distinct().toList();

        assertThat(commands).containsExactlyInAnyOrder("site-gen check --only source-faker",
                "site-gen bump source-faker release --pr NNNNN --message \"Describe the change\"");

        PastedCommand check = PastedCommand.runAt(corpus, "site-gen check --only source-faker");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("checked 1 connector(s)");
        PastedCommand bump = PastedCommand.runAt(corpus,
                "site-gen bump source-faker release --pr 60000 --message \"Describe the change\" --dry-run");
        assertThat(bump.exitCode()).as(bump.output()).isZero();
        assertThat(bump.output()).contains("+  dockerImageTag: 6.2.25\n")
                .contains("| 6.2.25 ").contains("/pull/60000) | Describe the change");
    }
}
