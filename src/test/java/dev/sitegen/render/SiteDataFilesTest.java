package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The machine-readable outputs of content/: feeds, sitemap, JSON, calendar, and the page weight budget. */
class SiteDataFilesTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildContent() {
        site = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", TestPaths.contentDir().toString(), "--out", site.toString(),
                "--as-of", "2026-11-21");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void theBuildPublishesTheThemesSiteAssetsButNeverTheLiveReloadScript() throws IOException {
        try (Stream<Path> assets = Files.list(site.resolve("assets"))) {
            assertThat(assets.map(p -> p.getFileName().toString()).sorted()).containsExactly("reader.js", "search-box.js",
                    "search.js", "site.js", "style.css");
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.getFileName().toString()).isNotEqualTo("live.js");
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("__site-gen/live.js", "EventSource");
            }
        }
    }

    @Test
    void everyFeedIsWellFormedAtomWithTheRequiredElements() throws Exception {
        List<Path> feeds = listFiles(site.resolve("feeds"), ".xml");
        assertThat(feeds).hasSize(2 + 15);
        for (Path feed : feeds) {
            Element root = parseXml(feed).getDocumentElement();
            assertThat(root.getNamespaceURI()).as(feed.toString()).isEqualTo(ATOM);
            assertThat(root.getLocalName()).isEqualTo("feed");
            assertRequired(root, feed);
            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                assertRequired(entry, feed);
                assertThat(entry.getElementsByTagNameNS(ATOM, "link").getLength()).isEqualTo(1);
            }
        }
        Element releases = parseXml(site.resolve("feeds/releases.xml")).getDocumentElement();
        assertThat(releases.getElementsByTagNameNS(ATOM, "entry").getLength()).isGreaterThan(50);
    }

    private static void assertRequired(Element e, Path file) {
        for (String name : List.of("id", "title", "updated")) {
            NodeList nodes = e.getElementsByTagNameNS(ATOM, name);
            assertThat(nodes.getLength()).as(file + " " + e.getLocalName() + "/" + name).isGreaterThanOrEqualTo(1);
            assertThat(nodes.item(0).getTextContent()).isNotBlank();
        }
        String updated = e.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent();
        assertThat(OffsetDateTime.parse(updated)).isNotNull();
        assertThat(e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).startsWith("https://catalog.tributary.dev/");
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrls() throws Exception {
        Document sitemap = parseXml(site.resolve("sitemap.xml"));
        NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        long pages = listFiles(site, ".html").stream().filter(p -> !p.endsWith("404.html")).count();
        assertThat(locs.getLength()).isEqualTo((int) pages);
        for (int i = 0; i < locs.getLength(); i++) {
            String url = locs.item(i).getTextContent();
            assertThat(url).startsWith("https://catalog.tributary.dev/");
            String path = url.substring("https://catalog.tributary.dev/".length());
            assertThat(site.resolve(path).resolve("index.html")).as(url).isRegularFile();
        }
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: https://catalog.tributary.dev/sitemap.xml");
    }

    @Test
    void jsonOutputsParseAndAgree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode registry = json.readTree(site.resolve("api/registry.json").toFile());
        assertThat(registry.get("connectors")).hasSize(15);
        JsonNode search = json.readTree(site.resolve("search-index.json").toFile());
        assertThat(search).hasSize(15);
        for (JsonNode c : registry.get("connectors")) {
            String id = c.get("id").asText();
            JsonNode api = json.readTree(site.resolve("api/connectors/" + id + ".json").toFile());
            assertThat(api.get("version").asText()).isEqualTo(c.get("version").asText());
            assertThat(site.resolve(c.get("docsPath").asText()).resolve("index.html")).isRegularFile();
        }
        long pending = 0;
        for (JsonNode e : search) {
            pending += e.get("breakingPending").asBoolean() ? 1 : 0;
        }
        assertThat(pending).isEqualTo(1);
    }

    @Test
    void calendarHasOneEventPerDatedDeadlineAndFoldsLines() throws IOException {
        String ics = Files.readString(site.resolve("deadlines.ics"), StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(12 + 1);
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270115", "DTSTAMP:20261121T000000Z");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void sharedAssetsStayUnderTheWeightBudgetAndEveryPageHasACsp() throws IOException {
        long heaviest = 0;
        String heaviestPage = "";
        for (Path page : listFiles(site, ".html")) {
            org.jsoup.nodes.Document doc = Jsoup.parse(page.toFile());
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .as(page.toString()).contains("script-src 'self'", "object-src 'none'");
            assertThat(doc.select("script:not([src])")).as(page.toString()).isEmpty();
            assertThat(doc.select("style")).as(page.toString()).isEmpty();
            // What the page itself loads: its stylesheets and scripts (the base template's and its own).
            long bytes = 0;
            for (org.jsoup.nodes.Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                // 404.html links from the site root, as it is served at any path
                Path asset = (url.startsWith("/") ? site.resolve(url.substring(1)) : page.getParent().resolve(url)).normalize();
                assertThat(asset).as("%s on %s", e, page).startsWith(site.resolve("assets")).isRegularFile();
                assertThat(asset.getFileName().toString()).as("search.js loads on demand, never with a page")
                        .isNotEqualTo("search.js");
                bytes += Files.size(asset);
            }
            if (bytes > heaviest) {
                heaviest = bytes;
                heaviestPage = site.relativize(page).toString();
            }
        }
        assertThat(heaviest).as("CSS and JS that %s loads", heaviestPage).isLessThan(40 * 1024);
        assertThat(Files.size(site.resolve("assets/search.js"))).as("the search script, fetched on first use")
                .isLessThanOrEqualTo(16 * 1024);
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Path> listFiles(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
