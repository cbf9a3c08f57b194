package dev.sitegen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported MDX components: mapped ones render from their snippet, unmapped ones warn and vanish. */
class MdxComponentRuleTest {

    private final String site = TestPaths.fixtureSite("mdx-component").toString();

    @Test
    void unmappedImportedComponentIsAWarningAtItsLine() {
        CliRun run = CliRun.runCli("check", site);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("docs/integrations/sources/gamma.md:12:1: warning[mdx-component]: "
                + "component <StreamDiagram /> is imported but not mapped to a snippet");
        assertThat(run.out()).doesNotContain("<UpgradeSteps />");
        assertThat(run.out()).contains("0 error(s), 1 warning(s)");
    }

    @Test
    void mappedComponentIsRenderedFromItsSnippetAndNothingLeaks(@TempDir Path tmp) throws Exception {
        CliRun run = CliRun.runCli("build", site, "--out", tmp.resolve("out").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Document page = Jsoup.parse(tmp.resolve("out/integrations/sources/gamma/index.html").toFile());
        assertThat(page.select(".doc ol li").eachText()).containsExactly("Pause the connection.",
                "Upgrade and refresh the schema.");
        assertThat(page.select(".doc ol strong").text()).isEqualTo("refresh the schema");
        assertThat(page.html()).doesNotContain("StreamDiagram", "UpgradeSteps", "import ");
    }
}
