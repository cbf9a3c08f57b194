package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import dev.sitegen.testing.TimelineBoxes;
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
 * The reader's comforts in the HTML of the {@code reader} fixture (HubSpot: a doc with tabs and code, a
 * migration guide, a troubleshooting sub-page, majors 4.0.0 and 5.0.0 two weeks apart): permalinks,
 * breadcrumbs, the navigation between the connector's pages, tabs without JavaScript, timeline labels.
 */
class ReaderPagesTest {

    private static final String HUBSPOT = "integrations/sources/hubspot/";
    private static final String GUIDE = "integrations/sources/hubspot-migrations/";
    private static final String TROUBLESHOOTING = "integrations/sources/hubspot/hubspot-troubleshooting/";
    private static final String CONTRIBUTE = "contributing/connectors/source-hubspot/";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildFixture() {
        site = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("reader").toString(), "--out", site.toString(),
                "--as-of", "2024-07-01");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    private static Document read(String page) throws IOException {
        return Jsoup.parse(site.resolve(page + "index.html").toFile(), "UTF-8");
    }

    @Test
    void everyHeadingWithAnIdEndsWithAPermalinkToIt() throws IOException {
        for (String page : List.of(HUBSPOT, GUIDE, TROUBLESHOOTING, CONTRIBUTE, "breaking-changes/", "checks/")) {
            Document doc = read(page);
            List<Element> headings = doc.select("main :is(h2, h3, h4)[id]");
            assertThat(headings).as(page).isNotEmpty();
            for (Element h : headings) {
                Element link = h.children().last();
                assertThat(link).as("%s #%s", page, h.id()).isNotNull();
                assertThat(link.normalName() + "." + link.className()).as("%s #%s", page, h.id()).isEqualTo("a.anchor");
                assertThat(link.attr("aria-label")).isEqualTo("Link to this section");
                assertThat(link.text()).as("no text of its own: the heading's text stays the heading's").isEmpty();
                String target = link.attr("href").substring(1);
                assertThat(doc.getElementById(target)).as("%s: %s", page, link.attr("href")).isNotNull();
            }
        }
        Document hubspot = read(HUBSPOT);
        assertThat(hubspot.select("h3#step-1-create-a-private-app > a.anchor").attr("href")).isEqualTo("#step-1-create-a-private-app");
        assertThat(hubspot.select("h2#changelog > a.anchor").attr("href")).isEqualTo("#changelog");
        assertThat(hubspot.select("nav.toc a").eachText()).contains("Setup guide", "Changelog").noneMatch(t -> t.contains("#"));
        assertThat(read(GUIDE).select("h2 > a.anchor").eachAttr("href"))
                .containsExactly("#upgrading-to-5.0.0", "#upgrading-to-4.0.0", "#upgrading-to-3.0.0");
    }

    @Test
    void breadcrumbsLeadFromTheCatalogToThePage() throws IOException {
        assertThat(crumbs(HUBSPOT)).containsExactly("Catalog=../../../", "Sources=../../../?type=source", "HubSpot");
        assertThat(crumbs(GUIDE)).containsExactly("Catalog=../../../", "Sources=../../../?type=source",
                "HubSpot=../../../integrations/sources/hubspot/", "Migration guide");
        assertThat(crumbs(TROUBLESHOOTING)).containsExactly("Catalog=../../../../", "Sources=../../../../?type=source",
                "HubSpot=../../../../integrations/sources/hubspot/", "HubSpot troubleshooting");
        assertThat(crumbs(CONTRIBUTE)).containsExactly("Catalog=../../../", "Sources=../../../?type=source",
                "HubSpot=../../../integrations/sources/hubspot/", "Contribute");
        assertThat(crumbs("breaking-changes/")).containsExactly("Catalog=../", "Breaking changes");
        assertThat(crumbs("contributing/connectors/")).containsExactly("Catalog=../../", "Contributing=../../contributing/",
                "Contribute to a connector");
        Element nav = read(GUIDE).selectFirst("main > nav.breadcrumbs");
        assertThat(nav.attr("aria-label")).isEqualTo("Breadcrumb");
        assertThat(nav.select("> ol > li")).hasSize(4);
        assertThat(nav.select("[aria-current]")).hasSize(1);
        assertThat(nav.selectFirst("li:last-child > [aria-current=page]")).isNotNull();
    }

    /** "label=href" for each link of the page's breadcrumbs, then the current page's label. */
    private static List<String> crumbs(String page) throws IOException {
        return read(page).select("nav.breadcrumbs li > *").stream()
                .map(e -> e.hasAttr("href") ? e.text() + "=" + e.attr("href") : e.text()).toList();
    }

    @Test
    void eachOfTheConnectorsPagesLinksToTheOthersAndMarksItself() throws IOException {
        List<String> pages = List.of(HUBSPOT, GUIDE, TROUBLESHOOTING, CONTRIBUTE);
        for (String page : pages) {
            Element nav = read(page).selectFirst("nav.connector-nav");
            assertThat(nav).as(page).isNotNull();
            assertThat(nav.attr("aria-label")).isEqualTo("HubSpot pages");
            assertThat(nav.select("a").eachText()).containsExactly("Documentation", "Migration guide", "Troubleshooting",
                    "Contribute");
            Element current = nav.selectFirst("a[aria-current=page]");
            assertThat(nav.select("[aria-current]")).hasSize(1);
            assertThat(site.resolve(page).resolve("index.html").normalize())
                    .isEqualTo(site.resolve(page).resolve(current.attr("href")).resolve("index.html").normalize());
        }
        assertThat(read("breaking-changes/").select("nav.connector-nav")).isEmpty();
    }

    @Test
    void renamingTheConnectorRendersItsGuideAndSubPageAgainAsACleanBuildWould(@TempDir Path work) throws IOException {
        Path root = work.resolve("root");
        SiteTrees.copyTree(TestPaths.fixtureSite("reader"), root);
        Path out = work.resolve("out");
        assertThat(CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2024-07-01").exitCode()).isZero();
        Path metadata = root.resolve("connectors/source-hubspot/metadata.yaml");
        Files.writeString(metadata, Files.readString(metadata).replace("name: HubSpot", "name: HubSpot CRM"));
        CliRun edit = CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2024-07-01");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(Jsoup.parse(out.resolve(GUIDE + "index.html").toFile(), "UTF-8").select("nav.breadcrumbs a").eachText())
                .contains("HubSpot CRM");
        assertThat(Jsoup.parse(out.resolve(TROUBLESHOOTING + "index.html").toFile(), "UTF-8")
                .select("nav.connector-nav").attr("aria-label")).isEqualTo("HubSpot CRM pages");
        Path clean = work.resolve("clean");
        assertThat(CliRun.runCli("build", root.toString(), "--out", clean.toString(), "--as-of", "2024-07-01").exitCode()).isZero();
        assertThat(SiteTrees.listDifferences(clean, out, 10)).isEmpty();
    }

    @Test
    void tabsAreLabelledSectionsWithoutJavaScript() throws IOException {
        Element tabs = read(HUBSPOT).selectFirst("div.tabs");
        assertThat(tabs.select("> section.tab > p.tab-label").eachText()).containsExactly("OAuth", "Private app token", "key");
        assertThat(tabs.select("> section.tab").get(1).select("pre > code").text()).isEqualTo("pat-na1-0000");
    }

    @Test
    void closeMajorsLabelsTakeTwoRowsAndNoneOverlaps() throws IOException {
        Element svg = read(HUBSPOT).selectFirst("figure.timeline svg");
        List<TimelineBoxes.Box> boxes = TimelineBoxes.listLabelBoxes(svg);
        assertThat(boxes).extracting(TimelineBoxes.Box::text).containsExactly("3.0.0", "4.0.0", "5.0.0");
        assertThat(TimelineBoxes.findOverlaps(boxes)).isEmpty();
        List<String> ys = svg.select("text.tl-label").eachAttr("y");
        assertThat(ys.get(1)).isNotEqualTo(ys.get(2));
        // the row above the first moves the drawing down and makes the picture taller
        assertThat(svg.selectFirst("g").attr("transform")).isEqualTo("translate(0 13.0)");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 720 109");
        for (Element t : svg.select("text.tl-label")) {
            assertThat(Double.parseDouble(t.attr("y"))).as("inside the picture once shifted").isGreaterThanOrEqualTo(-13 + 9);
        }
    }
}
