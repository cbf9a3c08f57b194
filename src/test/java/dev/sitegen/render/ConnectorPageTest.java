package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector page of content/'s Quarry destination (three breaking changes, one deadline still
 * ahead), read as HTML: header facts, the timeline SVG and the changelog table built from data.
 * Expected values are read from the source files, not from the loader under test.
 */
class ConnectorPageTest {

    @TempDir
    static Path tmp;
    static Document page;
    static List<String> sourceRows;

    @BeforeAll
    static void buildContent() throws IOException {
        CliRun run = CliRun.runCli("build", TestPaths.contentDir().toString(), "--out", tmp.resolve("site").toString(),
                "--as-of", "2026-11-21");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        page = Jsoup.parse(tmp.resolve("site/integrations/destinations/quarry/index.html").toFile(), "UTF-8");
        String md = Files.readString(TestPaths.contentDir().resolve("docs/integrations/destinations/quarry.md"));
        sourceRows = md.substring(md.indexOf("## Changelog")).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Version")).toList();
    }

    @Test
    void headerShowsTheMetadataFacts() {
        Element header = page.selectFirst("header.connector-header");
        assertThat(header.selectFirst("h1").text()).isEqualTo("Quarry");
        assertThat(header.selectFirst("img.connector-icon").attr("src")).isEqualTo("../../../icons/destination-quarry.svg");
        assertThat(header.select(".facts dt").eachText()).containsExactly("Type", "Version", "Support level",
                "Release stage", "License", "Docker image", "Definition id", "Availability");
        assertThat(header.select(".facts dd").eachText()).containsExactly("destination (database)", "3.0.1",
                "Certified", "Generally available", "ELv2", "tributary/destination-quarry:3.0.1",
                "841dc5ff-32f4-46fb-a3ba-c6511284a4ae", "Self-managed: available · Cloud: available");
    }

    @Test
    void upcomingDeadlineGetsABannerLinkingToItsMigrationSection() {
        Element banner = page.selectFirst(".banner-breaking");
        assertThat(banner.text()).contains("Breaking change in 3.0.0", "upgrade by 2027-01-15", "55 days left");
        assertThat(banner.selectFirst("a").attr("href"))
                .isEqualTo("../../../integrations/destinations/quarry-migrations/#upgrading-to-3.0.0");
        assertThat(banner.select("code").eachText()).contains("TIMESTAMP_NTZ");
    }

    @Test
    void plannerListsEveryBreakingChangeAndAStaticAnswerPerMajor() {
        Element planner = page.selectFirst(".planner");
        assertThat(planner.attr("data-latest")).isEqualTo("3.0.1");
        assertThat(planner.select("li[data-version]").eachAttr("data-version")).containsExactly("1.0.0", "2.0.0", "3.0.0");
        assertThat(planner.select("select option").eachAttr("value")).contains("2.6.2", "1.0.0").doesNotContain("3.0.1");
        assertThat(planner.select(".planner-static li").eachText())
                .contains("From 2.x: 3.0.0", "From 1.x: 2.0.0, 3.0.0", "From 3.x: none");
    }

    @Test
    void tableOfContentsAndEditLink() {
        assertThat(page.select("nav.toc a").eachAttr("href")).contains("#prerequisites", "#breaking-changes",
                "#timeline", "#changelog");
        for (String href : page.select("nav.toc a").eachAttr("href")) {
            assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
        }
        assertThat(page.select(".page-links a").eachAttr("href")).contains(
                "https://github.com/tributary-data/connectors/edit/main/content/docs/integrations/destinations/quarry.md");
    }

    @Test
    void timelineIsAnAccessibleSvgWithMajorsBreakingChangesAndDeadlines() {
        Element svg = page.selectFirst("section.history svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("desc").text()).contains("3 major", "breaking changes in 3.0.0, 2.0.0, 1.0.0");
        assertThat(svg.select("circle.tl-mark")).hasSize(sourceRows.size());
        assertThat(svg.select("circle.tl-major")).hasSize(3);
        assertThat(svg.select("path.tl-breaking")).hasSize(3);
        assertThat(svg.select("line.tl-deadline")).hasSize(3);
        assertThat(svg.select("line.tl-deadline title").eachText()).contains("3.0.0 deadline 2027-01-15");
        assertThat(page.selectFirst("section.history figcaption").text()).contains("dated releases");
    }

    @Test
    void changelogTableIsRenderedFromDataWithAnchorsLinksAndBadges() {
        List<Element> rows = page.select("table.changelog-table tbody tr");
        assertThat(rows).hasSize(sourceRows.size());
        Element top = rows.get(0);
        assertThat(top.id()).isEqualTo("v3.0.1");
        assertThat(top.select(".badge").eachText()).containsExactly("current");
        assertThat(top.selectFirst(".cl-pr a").attr("href"))
                .isEqualTo("https://github.com/tributary-data/connectors/pull/" + top.selectFirst(".cl-pr a").text());
        Element major = page.getElementById("v3.0.0");
        assertThat(major.select(".badge").eachText()).containsExactly("major", "breaking");
        assertThat(major.selectFirst(".cl-subject code")).isNotNull();
        // the raw markdown table is gone from the doc body
        assertThat(page.select(".doc th").eachText()).doesNotContain("Pull Request");
        assertThat(page.select("h2#changelog")).hasSize(1);
    }

    @Test
    void connectorApiCarriesChangelogBreakingChangesAndTimeline() throws IOException {
        JsonNode api = new ObjectMapper().readTree(tmp.resolve("site/api/connectors/destination-quarry.json").toFile());
        assertThat(api.get("id").asText()).isEqualTo("destination-quarry");
        assertThat(api.get("version").asText()).isEqualTo("3.0.1");
        assertThat(api.get("supportLevel").asText()).isEqualTo("certified");
        assertThat(api.get("docsPath").asText()).isEqualTo("integrations/destinations/quarry/");
        assertThat(api.get("changelog")).hasSize(sourceRows.size());
        assertThat(api.get("changelog").get(0).get("version").asText()).isEqualTo("3.0.1");
        assertThat(api.get("changelog").get(0).get("pr").isInt()).isTrue();
        JsonNode breaking = api.get("breakingChanges");
        assertThat(breaking).hasSize(3);
        JsonNode v3 = breaking.get(2);
        assertThat(v3.get("version").asText()).isEqualTo("3.0.0");
        assertThat(v3.get("upgradeDeadline").asText()).isEqualTo("2027-01-15");
        String url = v3.get("migrationUrl").asText();
        assertThat(url).isEqualTo("integrations/destinations/quarry-migrations/#upgrading-to-3.0.0");
        Document guide = Jsoup.parse(tmp.resolve("site/integrations/destinations/quarry-migrations/index.html").toFile());
        assertThat(guide.getElementById("upgrading-to-3.0.0")).isNotNull();
        assertThat(guide.getElementById("3.0.0")).isNotNull();
        assertThat(api.get("timeline").get(0).get("kind").asText()).isEqualTo("patch");
    }
}
