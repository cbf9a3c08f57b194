package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.SitePaths;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pull request's {@code documentationUrl} decides where its connector's page is written. Paths that
 * climb ({@code ..}, encoded or not), hide separators, leave empty segments, land on the site's own
 * folders and files, or take another connector's page or migration guide are each a
 * {@code documentation-url} diagnostic at the field's line; the connector is published at its
 * fallback path ({@code integrations/<type>s/<name>}) and the build finishes with a full report and a
 * complete site, nothing written beside it.
 */
class HostileDocumentationUrlTest {

    private static final String HOST = "https://docs.example.org";
    private static final String METADATA = "connectors/source-evil/metadata.yaml";
    /** {@link HostileSites#metadata} writes documentationUrl on line 9, its value from column 21. */
    private static final int URL_LINE = 9;

    @TempDir
    Path tmp;
    private Path root;
    private Path out;

    @BeforeEach
    void createRoot() throws IOException {
        root = HostileSites.newRoot(tmp);
        out = tmp.resolve("site");
        HostileSites.writeGoodConnector(root, "good");
    }

    /** source-evil has no doc by its name, so today's code takes its page path from the URL alone. */
    private void writeEvil(String urlPath) throws IOException {
        HostileSites.writeConnector(root, "evil", HostileSites.metadata("evil", "Evil", "")
                .replace(HOST + "/integrations/sources/evil", HOST + urlPath));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/integrations/../../../../escape              | '..'",
        "/integrations/sources/../../../escape/x.md    | '..'",
        "/integrations/sources/%2e%2e/%2e%2e/assets    | '%2e%2e'",
        "/integrations/sources/%2E%2E/%2E%2E/escape    | '%2E%2E'",
        "/integrations/sources/%2E./%2E./x             | '%2E.'",
        "/integrations/sources/.%2e/.%2e/x             | '.%2e'",
        "/integrations/sources/x/%2e%2e%2f%2e%2e%2fapi | '%2e%2e%2f%2e%2e%2fapi'",
        "/integrations/sources/%5c..%5c..%5cescape     | '%5c..%5c..%5cescape'",
        "/integrations\\..\\..\\escape                 | backslash",
        "/integrations/./sources/x                     | '.'",
        "/integrations//sources/x                      | empty segment",
        "//integrations/sources/x                      | empty segment",
        "/integrations/sources/x//                     | empty segment",
        "/integrations/sources/.site-gen               | '.site-gen'",
        "/assets                                       | 'assets'",
        "/api/connectors/source-good.json              | 'api'",
        "/feeds/releases.xml                           | 'feeds'",
        "/icons                                        | 'icons'",
        "/search                                       | 'search'",
        "/breaking-changes                             | 'breaking-changes'",
        "/releases                                     | 'releases'",
        "/checks                                       | 'checks'",
        "/contributing/connectors/source-good          | 'contributing'",
        "/404                                          | '404'",
        "/index                                        | 'index'",
        "/sitemap.xml                                  | 'sitemap.xml'",
        "/.site-gen                                    | '.site-gen'",
        "/Assets/                                      | 'Assets'",
    })
    void badPathIsADiagnosticAndTheConnectorFallsBack(String urlPath, String named) throws Exception {
        writeEvil(urlPath);

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(findUrlDiagnostics(run)).as(run.out()).singleElement().satisfies(d -> {
            assertThat(d.path("severity").asText()).isEqualTo("error");
            assertThat(d.path("connector").asText()).isEqualTo("source-evil");
            assertThat(d.path("file").asText() + ":" + d.path("line").asInt() + ":" + d.path("column").asInt())
                    .isEqualTo(METADATA + ":" + URL_LINE + ":21");
            assertThat(d.path("message").asText()).contains(named).contains("integrations/sources/evil");
        });
        assertSiteComplete();
        assertThat(readJson(out.resolve("api/connectors/source-evil.json")).path("docsPath").asText())
                .isEqualTo("integrations/sources/evil/");
        assertThat(out.resolve("assets/index.html")).doesNotExist();
    }

    @Test
    void badPathFailsTheBuildAtTheDefaultFailOnWithAReport() throws Exception {
        writeEvil("/integrations/sources/%2e%2e/%2e%2e/%2e%2e/escape");

        CliRun run = HostileSites.build(root, out);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(findUrlDiagnostics(run)).hasSize(1);
        assertThat(readJson(run.out()).path("summary").path("errors").asInt()).isPositive();
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("escape") || n.contains(".staging-") || n.contains(".old-"));
        }
    }

    @Test
    void twoConnectorsOnOnePageWithoutADocKeepTheFirstAndMoveTheLater() throws Exception {
        HostileSites.writeConnector(root, "alpha", HostileSites.metadata("alpha", "Alpha", "")
                .replace("/integrations/sources/alpha", "/integrations/sources/shared"));
        HostileSites.writeConnector(root, "beta", HostileSites.metadata("beta", "Beta", "")
                .replace("/integrations/sources/beta", "/integrations/sources/shared"));

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(findUrlDiagnostics(run)).singleElement().satisfies(d -> {
            assertThat(d.path("file").asText() + ":" + d.path("line").asInt())
                    .isEqualTo("connectors/source-beta/metadata.yaml:" + URL_LINE);
            assertThat(d.path("message").asText()).contains("integrations/sources/shared").contains("source-alpha")
                    .contains("integrations/sources/beta");
        });
        assertThat(docsPathOf("source-alpha")).isEqualTo("integrations/sources/shared/");
        assertThat(docsPathOf("source-beta")).isEqualTo("integrations/sources/beta/");
        assertSiteComplete();
    }

    @Test
    void pagesDifferingOnlyInCaseCollide() throws Exception {
        HostileSites.writeConnector(root, "alpha", HostileSites.metadata("alpha", "Alpha", "")
                .replace("/integrations/sources/alpha", "/integrations/sources/Shared"));
        HostileSites.writeConnector(root, "beta", HostileSites.metadata("beta", "Beta", "")
                .replace("/integrations/sources/beta", "/integrations/sources/shared"));

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(findUrlDiagnostics(run)).singleElement().satisfies(d -> assertThat(d.path("file").asText())
                .isEqualTo("connectors/source-beta/metadata.yaml"));
        assertThat(docsPathOf("source-beta")).isEqualTo("integrations/sources/beta/");
        assertSiteComplete();
    }

    @Test
    void pageOnAnotherConnectorsMigrationGuideMovesToItsFallback() throws Exception {
        HostileSites.writeDoc(root, "good-migrations", "# Good migrations\n\n## Upgrading to 1.0.0\n\nSteps.\n");
        writeEvil("/integrations/sources/good-migrations");

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(findUrlDiagnostics(run)).singleElement().satisfies(d -> {
            assertThat(d.path("file").asText() + ":" + d.path("line").asInt()).isEqualTo(METADATA + ":" + URL_LINE);
            assertThat(d.path("message").asText()).contains("integrations/sources/good-migrations")
                    .contains("source-good").contains("migration guide").contains("integrations/sources/evil");
        });
        assertThat(docsPathOf("source-evil")).isEqualTo("integrations/sources/evil/");
        assertThat(HostileSites.read(out.resolve("integrations/sources/good-migrations/index.html")))
                .contains("Upgrading to 1.0.0").doesNotContain("Evil");
        assertSiteComplete();
    }

    @Test
    void earlierConnectorOnALaterOnesMigrationPathIsTheOneMoved() throws Exception {
        // source-good sorts after source-evil but is on its own fallback path: source-evil moves
        writeEvil("/integrations/sources/good-migrations");
        HostileSites.writeConnector(root, "zeta", HostileSites.metadata("zeta", "Zeta", "")
                .replace("/integrations/sources/zeta", "/integrations/sources/evil-migrations"));

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(findUrlDiagnostics(run)).extracting(d -> d.path("connector").asText())
                .containsExactly("source-evil", "source-zeta");
        assertThat(docsPathOf("source-evil")).isEqualTo("integrations/sources/evil/");
        assertThat(docsPathOf("source-zeta")).isEqualTo("integrations/sources/zeta/");
        assertSiteComplete();
    }

    @Test
    void connectorsSharingADocAreNoCollision() throws Exception {
        HostileSites.writeConnector(root, "good-secure", HostileSites.metadata("good-secure", "Good secure", "")
                .replace("/integrations/sources/good-secure", "/integrations/sources/good"));

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(findUrlDiagnostics(run)).isEmpty();
        assertThat(docsPathOf("source-good-secure")).isEqualTo("integrations/sources/good/");
        assertSiteComplete();
    }

    @Test
    void previewReloadsPlacePagesAsAFullLoadDoes() throws Exception {
        HostileSites.writeConnector(root, "alpha", HostileSites.metadata("alpha", "Alpha", "")
                .replace("/integrations/sources/alpha", "/integrations/sources/shared"));
        HostileSites.writeConnector(root, "beta", HostileSites.metadata("beta", "Beta", "")
                .replace("/integrations/sources/beta", "/integrations/sources/shared"));

        try (Workers workers = new Workers(2)) {
            CatalogLoader loader = new CatalogLoader(SiteLayout.detect(root), workers);
            Catalog full = loader.loadCatalog();
            Catalog reloaded = loader.reloadConnector(full, "source-alpha");
            Path doc = HostileSites.writeDoc(root, "shared", HostileSites.doc("Shared", "Both."));
            Catalog withDoc = loader.reloadDoc(reloaded, doc);

            assertThat(describePlacement(full)).containsExactly("source-alpha integrations/sources/shared",
                    "source-beta integrations/sources/beta", "source-good integrations/sources/good",
                    "documentation-url source-beta");
            assertThat(describePlacement(reloaded)).isEqualTo(describePlacement(full));
            assertThat(describePlacement(withDoc)).containsExactly("source-alpha integrations/sources/shared",
                    "source-beta integrations/sources/shared", "source-good integrations/sources/good");
            assertThat(describePlacement(withDoc)).isEqualTo(describePlacement(loader.loadCatalog()));
        }
    }

    private static List<String> describePlacement(Catalog catalog) {
        List<String> out = new ArrayList<>();
        catalog.connectors().forEach(c -> out.add(c.dir() + " " + c.pagePath()));
        catalog.loadDiagnostics().stream().filter(d -> d.rule().equals("documentation-url"))
                .forEach(d -> out.add(d.rule() + " " + d.connector()));
        return out;
    }

    @Test
    void everyTopLevelEntryTheSiteWritesIsReservedForIt() throws Exception {
        HostileSites.build(root, out, "--fail-on", "never");

        List<String> top = new ArrayList<>();
        try (Stream<Path> s = Files.list(out)) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("integrations")).sorted().forEach(top::add);
        }
        assertThat(top).isNotEmpty().allSatisfy(n -> assertThat(SitePaths.isReserved(n)).as(n).isTrue());
    }

    private List<JsonNode> findUrlDiagnostics(CliRun run) {
        List<JsonNode> found = new ArrayList<>();
        HostileSites.diagnostics(run).forEach(d -> {
            if (d.path("rule").asText().equals("documentation-url")) {
                found.add(d);
            }
        });
        return found;
    }

    /** Every connector has its page and API document, the site's own files are there, nothing beside it. */
    private void assertSiteComplete() throws IOException {
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("assets/style.css")).isRegularFile();
        assertThat(out.resolve("404.html")).isRegularFile();
        assertThat(out.resolve("sitemap.xml")).isRegularFile();
        JsonNode registry = readJson(out.resolve("api/registry.json"));
        List<String> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("connectors"))) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(dirs::add);
        }
        assertThat(registry.path("connectors").size()).isEqualTo(dirs.size());
        for (String dir : dirs) {
            String docsPath = docsPathOf(dir);
            assertThat(docsPath).startsWith("integrations/sources/").doesNotContain("..").doesNotContain("//");
            assertThat(out.resolve(docsPath + "index.html")).as(dir).isRegularFile();
        }
        // beside the output only site-gen's own lock and stamp folder; into ROOT nothing at all
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .allSatisfy(n -> assertThat(n).isIn("root", "site", "site.lock", ".site-gen"));
        }
        assertThat(HostileSites.listFiles(root)).allSatisfy(f -> assertThat(f.getFileName().toString())
                .matches("metadata\\.yaml|site\\.yaml|.*\\.md"));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains("escape") || n.contains(".staging-") || n.contains(".old-"));
        }
    }

    private String docsPathOf(String dir) throws IOException {
        return readJson(out.resolve("api/connectors/" + dir + ".json")).path("docsPath").asText();
    }

    private static JsonNode readJson(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static JsonNode readJson(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
