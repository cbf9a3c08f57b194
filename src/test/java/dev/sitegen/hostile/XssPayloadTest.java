package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.browser.Chromium;
import dev.sitegen.browser.StaticSiteServer;
import dev.sitegen.browser.WebDriverClient;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places every vector of {@code hostile/xss-payloads.txt} in a doc (raw HTML, headings, links, table
 * cells, admonitions, details, changelog cells), a migration guide, metadata (name, breaking-change
 * message, tags) and SVG icons, builds the site, and checks that nothing from them can run: statically
 * over every file, then in headless Chromium (skipped without it) with and without the pages'
 * Content-Security-Policy, so the sanitizer is tested on its own as well.
 */
class XssPayloadTest {

    private static final int METADATA_CONNECTORS = 12;

    @TempDir
    static Path tmp;

    private static List<String> payloads;
    private static Path site;
    private static CliRun build;

    @BeforeAll
    static void buildPoisonedSite() throws IOException {
        payloads = XssPayloads.loadPayloads();
        Path root = HostileSites.newRoot(tmp);
        HostileSites.writeConnector(root, "xss-doc", HostileSites.metadata("xss-doc", "Doc vectors", ""));
        HostileSites.writeDoc(root, "xss-doc", "# Doc vectors\n\n" + XssPayloads.poisonedBody(payloads) + "\n"
                + XssPayloads.poisonedChangelog(payloads));
        HostileSites.writeDoc(root, "xss-doc-migrations", "# Migrations\n\n" + XssPayloads.poisonedBody(payloads));
        for (int i = 0; i < payloads.size(); i++) {
            String name = "xss-m" + i;
            String p = payloads.get(i);
            String extra = "  tags:\n    - " + HostileSites.yamlQuote(p) + "\n"
                    + "  icon: icon.svg\n"
                    + "  releases:\n    breakingChanges:\n      1.0.0:\n        message: " + HostileSites.yamlQuote(p)
                    + "\n        upgradeDeadline: \"2030-01-01\"\n"
                    + "        migrationDocumentationUrl: " + HostileSites.yamlQuote("javascript:alert(" + i + ")") + "\n";
            Path dir = HostileSites.writeConnector(root, name, HostileSites.metadata(name, p, extra));
            if (i < METADATA_CONNECTORS) {
                Files.writeString(dir.resolve("icon.svg"), XssPayloads.poisonedSvg(p));
            }
            HostileSites.writeDoc(root, name, HostileSites.doc("Vector " + i, "Body " + i));
        }
        site = tmp.resolve("site");
        build = HostileSites.build(root, site, "--fail-on", "never");
    }

    @Test
    void poisonedSiteBuilds() {
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        assertThat(site.resolve("integrations/sources/xss-doc/index.html")).isRegularFile();
        assertThat(site.resolve("integrations/sources/xss-m0/index.html")).isRegularFile();
    }

    @Test
    void noPageCarriesActiveContent() {
        List<String> problems = new ArrayList<>();
        for (Path f : HostileSites.listFiles(site)) {
            if (f.toString().endsWith(".html")) {
                problems.addAll(StaticXssCheck.checkHtml(site.relativize(f), HostileSites.read(f)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void iconsKeepNoScriptHandlerOrExternalReference() {
        List<Path> icons = HostileSites.listFiles(site.resolve("icons"));
        assertThat(icons).hasSize(METADATA_CONNECTORS);
        List<String> problems = new ArrayList<>();
        for (Path f : icons) {
            String svg = HostileSites.read(f);
            problems.addAll(StaticXssCheck.checkSvg(site.relativize(f), svg));
            // what an icon needs survives, with its case: SVG is XML, viewbox or clippath would not work
            assertThat(svg).contains("<path").contains("<rect").contains("viewBox=\"0 0 10 10\"")
                    .contains("<clipPath id=\"c\">").contains("<linearGradient id=\"g\" gradientUnits=\"userSpaceOnUse\">")
                    .contains("stroke=\"url(#g)\"");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templateSyntaxInContentIsNeverEvaluated() {
        String doc = HostileSites.read(site.resolve("integrations/sources/xss-doc/index.html"));
        assertThat(Jsoup.parse(doc).text()).contains("{{ 7*191 }}").contains("{% raw %}");
        for (Path f : HostileSites.listFiles(site)) {
            assertThat(HostileSites.read(f)).as(f.toString()).doesNotContain("1337");
        }
    }

    @Test
    void htmlInMetadataIsShownAsText() {
        String catalog = Jsoup.parse(HostileSites.read(site.resolve("index.html"))).text();
        assertThat(catalog).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=window.__xss=1>");
        String breaking = Jsoup.parse(HostileSites.read(site.resolve("breaking-changes/index.html"))).text();
        assertThat(breaking).contains("<svg onload=window.__xss=1>");
    }

    @Test
    void xmlAndJsonOutputsStayWellFormed() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Path f : HostileSites.listFiles(site)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".xml") || name.endsWith(".svg")) {
                xml.newDocumentBuilder().parse(f.toFile());
            } else if (name.endsWith(".json")) {
                json.readTree(f.toFile());
            }
        }
    }

    // ---- headless Chromium -------------------------------------------------------------------

    @Test
    void noInjectedScriptRunsInChromium() throws Exception {
        assertBrowserRunsNothing(site, "csp");
    }

    @Test
    void noInjectedScriptRunsEvenWithoutTheContentSecurityPolicy() throws Exception {
        Path bare = tmp.resolve("site-without-csp");
        for (Path f : HostileSites.listFiles(site)) {
            Path copy = bare.resolve(site.relativize(f).toString());
            Files.createDirectories(copy.getParent());
            String name = f.getFileName().toString();
            if (name.endsWith(".html")) {
                Files.writeString(copy, HostileSites.read(f).replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", ""));
            } else {
                Files.copy(f, copy);
            }
        }
        assertThat(HostileSites.read(bare.resolve("index.html"))).doesNotContain("Content-Security-Policy");
        assertBrowserRunsNothing(bare, "no-csp");
    }

    private static void assertBrowserRunsNothing(Path dir, String label) throws Exception {
        Chromium chromium = Chromium.configured();
        Optional<String> missing = chromium.missing();
        assumeTrue(missing.isEmpty(), missing.orElse(""));
        Path profile = Files.createTempDirectory("sitegen-xss-chromium-");
        List<String> pages = new ArrayList<>(List.of("", "integrations/sources/xss-doc/",
                "integrations/sources/xss-doc-migrations/", "breaking-changes/", "releases/", "checks/",
                "contributing/connectors/source-xss-doc/"));
        for (int i = 0; i < METADATA_CONNECTORS; i++) {
            pages.add("integrations/sources/xss-m" + i + "/");
            pages.add("icons/source-xss-m" + i + ".svg");
        }
        List<String> problems = new ArrayList<>();
        try (StaticSiteServer server = StaticSiteServer.start(dir, "/preview/");
             WebDriverClient driver = chromium.start(profile, tmp.resolve("chromedriver-" + label + ".log"))) {
            for (String page : pages) {
                driver.navigate(server.rootUrl() + page);
                Thread.sleep(150);
                Optional<String> alert = driver.findOpenAlert();
                if (alert.isPresent()) {
                    problems.add(label + " " + page + ": dialog opened: " + alert.get());
                    driver.dismissAlert();
                    continue;
                }
                String marker = driver.execute("return typeof window." + XssPayloads.MARKER + ";").asText();
                if (!marker.equals("undefined")) {
                    problems.add(label + " " + page + ": window." + XssPayloads.MARKER + " was set");
                }
            }
        } finally {
            HostileSites.deleteTree(profile);
        }
        assertThat(problems).isEmpty();
    }
}
