package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every era's changelog heading, through the loader: {@code ## CHANGELOG} (any case),
 * {@code ## CHANGELOG} then {@code ### <connector-dir>}, and {@code ## Changelog <connector-dir>}
 * without the colon, each for one connector and in a doc shared by two. The fixture
 * {@code changelog-eras} pins which rows land on which connector, at which line:column, and where
 * the changelog rules point.
 */
class ChangelogHeadingFormsTest {

    private static final String DOCS = "docs/integrations/sources/";
    private static Catalog catalog;

    @BeforeAll
    static void loadFixture() throws Exception {
        try (Workers workers = new Workers(2)) {
            catalog = new CatalogLoader(SiteLayout.detect(TestPaths.fixtureSite("changelog-eras")), workers).loadCatalog();
        }
    }

    /** {@code <heading pos> [scope] block a-b}, then each row as {@code version@line:col subject@line:col}. */
    private static List<String> describeChangelog(String connector) {
        Changelog c = catalog.findConnector(connector).orElseThrow().changelog().orElseThrow();
        List<String> out = new ArrayList<>();
        out.add(c.pos().file() + ":" + c.pos().line() + " " + c.scope().orElse("-") + " block " + c.firstLine()
                + "-" + c.lastLine());
        for (ChangelogEntry e : c.entries()) {
            out.add(e.rawVersion() + "@" + e.pos().line() + ":" + e.pos().column() + " " + e.subject() + "@"
                    + e.subjectPos().line() + ":" + e.subjectPos().column());
        }
        return out;
    }

    @Test
    void upperCaseHeadingOfOneConnector() {
        assertThat(describeChangelog("source-upper")).containsExactly(
                DOCS + "upper.md:5 - block 5-10", "1.1.0@9:1 Faster@9:79", "1.0.0@10:1 First@10:79");
    }

    @Test
    void bareHeadingWithConnectorSubheadingOfOneConnector() {
        // the block starts at '## CHANGELOG' so the page drops it with the table; the table is the subheading's
        assertThat(describeChangelog("source-lone")).containsExactly(
                DOCS + "lone.md:5 source-lone block 3-9", "1.0.0@9:1 First@9:79");
    }

    @Test
    void bareHeadingWithOneSubheadingPerConnectorOfASharedDoc() {
        assertThat(describeChangelog("source-twin")).containsExactly(
                DOCS + "twin.md:7 source-twin block 5-12", "0.2.0@11:1 Faster@11:79", "0.1.0@12:1 First@12:79");
        assertThat(describeChangelog("source-twin-strict")).containsExactly(
                DOCS + "twin.md:14 source-twin-strict block 14-18", "0.1.0@18:1 First@18:79");
        // a third connector of the doc with no subsection of its own gets no one else's table
        assertThat(catalog.findConnector("source-twin-extra").orElseThrow().changelog()).isEmpty();
    }

    @Test
    void headingNamingTheConnectorWithoutColonOfOneConnector() {
        assertThat(describeChangelog("source-scoped")).containsExactly(
                DOCS + "scoped.md:3 source-scoped block 3-8", "1.1.0@7:1 Major@7:79", "1.0.0@8:1 Older@8:79");
    }

    @Test
    void headingsNamingTheConnectorWithoutColonInAnyCaseOfASharedDoc() {
        assertThat(describeChangelog("source-pair")).containsExactly(
                DOCS + "pair.md:3 source-pair block 3-7", "1.0.0@7:1 First@7:79");
        assertThat(describeChangelog("source-pair-strict")).containsExactly(
                DOCS + "pair.md:9 source-pair-strict block 9-14", "1.0.0@13:1 First@13:79", "1.1.0@14:1 Later@14:79");
    }

    @Test
    void theSharedPageShowsEachTableFromDataAndDropsTheDocsChangelogHeadings(@TempDir Path out) throws Exception {
        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("changelog-eras").toString(), "--out", out.toString(),
                "--fail-on", "never", "--as-of", "2024-05-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = Jsoup.parse(Files.readString(out.resolve("integrations/sources/twin/index.html")));

        assertThat(page.select("main h2, main h3").eachText()).doesNotContain("Changelog", "source-twin",
                "source-twin-strict").contains("After");
        assertThat(page.select("table.changelog-table")).extracting(t -> t.select("tbody tr").eachAttr("id"))
                .containsExactly(List.of("v0.2.0", "v0.1.0"), List.of("v0.1.0"));
    }

    @Test
    void changelogRulesPointAtTheLinesOfEachConnectorsOwnTable() throws Exception {
        CliRun run = CliRun.runCli("check", TestPaths.fixtureSite("changelog-eras").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> found = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(run.out()).get("diagnostics")) {
            found.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                    + d.get("severity").asText() + "[" + d.get("rule").asText() + "] " + d.get("connector").asText());
            hints.add(d.get("hint").asText());
        }
        assertThat(found).containsExactly(
                "connectors/source-lone/metadata.yaml:5:19 error[changelog-current-version] source-lone",
                DOCS + "pair.md:14:1 error[changelog-order] source-pair-strict",
                DOCS + "twin.md:18:1 warning[changelog-date] source-twin-strict",
                DOCS + "twin.md:20:1 error[changelog-missing] source-twin-extra");
        assertThat(hints.get(0)).endsWith("above " + DOCS + "lone.md:9 (the first row of the changelog table)");
        assertThat(hints.get(1)).isEqualTo("move this row above line 13 (row 1.0.0)");
        // the doc's own form, '### <connector-dir>', after the last table of it
        assertThat(hints.get(3)).isEqualTo("add '### `source-twin-extra`' and a table '| Version | Date | Pull Request "
                + "| Subject |' with the row '| 0.1.0 | YYYY-MM-DD | [NNNNN](https://github.com/acme/connectors/pull/NNNNN) "
                + "| <what changed> |' after the table of line 14 ('### `source-twin-strict`') in " + DOCS + "twin.md");
    }
}
