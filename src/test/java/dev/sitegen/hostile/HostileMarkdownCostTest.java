package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.markdown.MarkdownLimits;
import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pathological docs of a hostile pull request (issue 13 item 5), each built into a three-connector
 * site: every build finishes (the timeout is only "finishes within the limits"; the bench,
 * {@code src/bench/bench-hostile.sh}, measures the seconds), and a doc past a {@link MarkdownLimits}
 * bound is a {@code docs-missing} error at the line that passes it, with its page shown as plain text,
 * while a large doc within the bounds renders. The docs are at or near the 4 MiB size limit, where the
 * cost showed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class HostileMarkdownCostTest {

    private static final String FILE = "docs/integrations/sources/cedar.md";
    /** The doc's body starts on line 3, after {@code # Title} and a blank line. */
    private static final int BODY_LINE = 3;

    @TempDir
    Path tmp;
    private Path root;

    @BeforeEach
    void writeSite() throws Exception {
        root = HostileSites.newRoot(tmp);
        HostileSites.writeGoodConnector(root, "alder");
        HostileSites.writeGoodConnector(root, "birch");
        HostileSites.writeConnector(root, "cedar", HostileSites.metadata("cedar", "Cedar", ""));
    }

    @Test
    void aMillionSetextHeadingsPassTheLineLimit() throws Exception {
        assertPlainText("a\n=\n".repeat(1_000_000), MarkdownLimits.MAX_LINES + 1, "lines; the limit is");
    }

    @Test
    void identicalHeadingsPassTheLineLimit() throws Exception {
        assertPlainText("## Same\n\n".repeat(460_000), MarkdownLimits.MAX_LINES + 1, "lines; the limit is");
    }

    @Test
    void headingsWithoutBlankLinesPassTheBlockLimit() throws Exception {
        // line 1 (the title) is block 1 and every line from 3 on is one more
        assertPlainText("## Same\n".repeat(30_000), MarkdownLimits.MAX_BLOCKS + 2, "other blocks; the limit is");
    }

    @Test
    void bracketFloodPassesTheMarkerLimit() throws Exception {
        assertPlainText(("[".repeat(10_000) + "\n").repeat(400), markerLine(10_000), "markers; the limit is");
    }

    @Test
    void unclosedLinkOpenersPassTheMarkerLimit() throws Exception {
        // `[`, `]` and `(` are markers: 7,500 a line
        assertPlainText(("[a](".repeat(2_500) + "\n").repeat(400), markerLine(7_500), "markers; the limit is");
    }

    @Test
    void emphasisFloodPassesTheMarkerLimit() throws Exception {
        // seven of `*` and `_` in each 17 characters
        assertPlainText(("*a **b *c _d __e ".repeat(1_000) + "\n").repeat(240), markerLine(7_000),
                "markers; the limit is");
    }

    @Test
    void entityFloodPassesTheMarkerLimit() throws Exception {
        assertPlainText(("&amp; ".repeat(1_300).strip() + "\n\n").repeat(500), BODY_LINE + 2 * 153,
                "markers; the limit is");
    }

    @Test
    void oneLetterLinesPassTheLineLimit() throws Exception {
        assertPlainText("a\n".repeat(2_000_000), MarkdownLimits.MAX_LINES + 1, "lines; the limit is");
    }

    @Test
    void unfinishedImportsPassTheLineLimit() throws Exception {
        assertPlainText("import {\n".repeat(460_000), MarkdownLimits.MAX_LINES + 1, "lines; the limit is");
    }

    @Test
    void manyIdenticalHeadingsWithinTheLimitsRenderWithUniqueIds() throws Exception {
        Document page = assertRendered("## Same\n\n".repeat(15_000));

        assertThat(page.select("h2[id^=same]")).hasSize(15_000);
        assertThat(page.select("h2[id=same]")).hasSize(1);
        assertThat(page.select("h2[id=same-14999]")).hasSize(1);
        assertThat(page.select("h2[id=changelog]")).hasSize(1);
    }

    @Test
    void braceFloodWithinTheLimitsRendersAsText() throws Exception {
        Document page = assertRendered(("{".repeat(10_000) + "\n").repeat(400));

        Element paragraph = page.selectFirst("p:contains({{{{)");
        assertThat(paragraph).isNotNull();
        assertThat(paragraph.text().chars().filter(c -> c == '{').count()).isEqualTo(4_000_000L);
    }

    @Test
    void mdxExpressionsWithinTheLimitsRenderAsText() throws Exception {
        Document page = assertRendered(("{a} ".repeat(4_000) + "\n").repeat(250));

        Element paragraph = page.selectFirst("p:contains({a} {a})");
        assertThat(paragraph).isNotNull();
        assertThat(paragraph.text().split("\\{a}", -1)).hasSize(1_000_001);
    }

    /** The file line where a doc of lines with {@code perLine} inline markers each passes the limit. */
    private static int markerLine(int perLine) {
        return BODY_LINE - 1 + (MarkdownLimits.MAX_INLINE_MARKERS + perLine) / perLine;
    }

    private void assertPlainText(String body, int line, String reason) throws Exception {
        String markdown = HostileSites.doc("Cedar", body);
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownLimits.MAX_CHARS);
        HostileSites.writeDoc(root, "cedar", markdown);

        // a failing check keeps the site from being published; this build publishes it to show the page
        CliRun run = HostileSites.build(root, tmp.resolve("site"), "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode diagnostics = HostileSites.diagnostics(run);
        assertThat(diagnostics).hasSize(1);
        JsonNode d = diagnostics.get(0);
        assertThat(d.path("rule").asText()).isEqualTo("docs-missing");
        assertThat(d.path("severity").asText()).isEqualTo("error");
        assertThat(d.path("file").asText()).isEqualTo(FILE);
        assertThat(d.path("line").asInt()).isEqualTo(line);
        assertThat(d.path("message").asText()).contains("shown as plain text", reason);
        Document page = readPage();
        assertThat(page.select("p.render-problem").text()).contains("plain text", reason);
        assertThat(page.selectFirst("pre").wholeText()).hasSize(markdown.length()).startsWith("# Cedar\n");
    }

    private Document assertRendered(String body) throws Exception {
        String markdown = HostileSites.doc("Cedar", body);
        HostileSites.writeDoc(root, "cedar", markdown);

        CliRun run = HostileSites.build(root, tmp.resolve("site"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(HostileSites.diagnostics(run)).isEmpty();
        Document page = readPage();
        assertThat(page.select("p.render-problem")).isEmpty();
        return page;
    }

    private Document readPage() throws Exception {
        Path page = tmp.resolve("site/integrations/sources/cedar/index.html");
        assertThat(page).isRegularFile();
        return Jsoup.parse(Files.readString(page));
    }
}
