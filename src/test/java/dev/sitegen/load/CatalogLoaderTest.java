package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    private static Path fixtureSite(String name) {
        String project = System.getProperty("sitegen.project");
        Path base = Path.of(project == null || project.isBlank() ? System.getProperty("user.dir") : project);
        Path site = base.resolve("src/test/resources/sites").resolve(name);
        assertThat(site).isDirectory();
        return site;
    }

    private static Catalog load(Path root, int threads) throws Exception {
        try (Workers workers = new Workers(threads)) {
            return new CatalogLoader(SiteLayout.detect(root), workers).loadCatalog();
        }
    }

    private static Catalog load(Path root) throws Exception {
        return load(root, 2);
    }

    private static Connector connector(Catalog catalog, String dir) {
        return catalog.findConnector(dir).orElseThrow(() -> new AssertionError("no connector " + dir));
    }

    // ---- loader-good ---------------------------------------------------------------------------

    @Test
    void goodSiteLoadsEveryConnectorSortedByDirWithOnlyItsIconDiagnostic() throws Exception {
        Catalog catalog = load(fixtureSite("loader-good"));

        // the one problem of the good site: driftwood's icon path climbs out of its folder (issue 9)
        assertThat(catalog.loadDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("broken-link");
            assertThat(d.connector()).isEqualTo("source-driftwood");
        });
        assertThat(catalog.connectors()).extracting(Connector::dir)
                .containsExactly("destination-puddle", "source-beacon", "source-cobble", "source-driftwood");
        assertThat(connector(catalog, "source-beacon").metadataFile())
                .isEqualTo("connectors/source-beacon/metadata.yaml");
        assertThat(connector(catalog, "source-beacon").metadata().dockerImageTag()).isEqualTo("2.0.1");
        assertThat(connector(catalog, "source-beacon").metadata().positions().posOf("dockerImageTag"))
                .isEqualTo(SourcePos.at("connectors/source-beacon/metadata.yaml", 7, 19));
    }

    @Test
    void docIsResolvedFromDocumentationUrlPath() throws Exception {
        Connector beacon = connector(load(fixtureSite("loader-good")), "source-beacon");

        assertThat(beacon.doc()).map(DocPage::file).contains("docs/integrations/sources/beacon.md");
        assertThat(beacon.pagePath()).isEqualTo("integrations/sources/beacon");
        assertThat(beacon.doc().orElseThrow().markdown()).startsWith("# Beacon\n");
    }

    @Test
    void documentationUrlPathWinsOverTheDocNamedAfterTheConnector() throws Exception {
        Connector puddle = connector(load(fixtureSite("loader-good")), "destination-puddle");

        // both destinations/puddle.md and destinations/puddle-lake.md exist; documentationUrl names the latter
        assertThat(puddle.doc()).map(DocPage::file).contains("docs/integrations/destinations/puddle-lake.md");
        assertThat(puddle.pagePath()).isEqualTo("integrations/destinations/puddle-lake");
        assertThat(puddle.migrationGuide()).isEmpty();
    }

    @Test
    void docFallsBackToTheConnectorNameWhenDocumentationUrlPathHasNoDoc() throws Exception {
        Connector cobble = connector(load(fixtureSite("loader-good")), "source-cobble");

        // documentationUrl says integrations/sources/cobble-legacy, which has no doc
        assertThat(cobble.doc()).map(DocPage::file).contains("docs/integrations/sources/cobble.md");
        assertThat(cobble.pagePath()).isEqualTo("integrations/sources/cobble");
    }

    @Test
    void connectorWithoutAnyDocGetsItsPagePathFromItsName() throws Exception {
        Connector driftwood = connector(load(fixtureSite("loader-good")), "source-driftwood");

        // documentationUrl points at another host and a path outside integrations/
        assertThat(driftwood.doc()).isEmpty();
        assertThat(driftwood.migrationGuide()).isEmpty();
        assertThat(driftwood.pagePath()).isEqualTo("integrations/sources/driftwood");
    }

    @Test
    void migrationGuideIsFoundNextToTheDoc() throws Exception {
        Catalog catalog = load(fixtureSite("loader-good"));
        Connector beacon = connector(catalog, "source-beacon");

        assertThat(beacon.migrationGuide()).map(g -> g.page().file())
                .contains("docs/integrations/sources/beacon-migrations.md");
        assertThat(beacon.migrationGuide()).map(g -> g.page().urlPath())
                .contains("integrations/sources/beacon-migrations");
        assertThat(connector(catalog, "source-cobble").migrationGuide()).isEmpty();
    }

    @Test
    void iconIsResolvedWithIconSvgFallback() throws Exception {
        Catalog catalog = load(fixtureSite("loader-good"));

        // icon: icon.svg, present
        assertThat(connector(catalog, "source-beacon").iconFile()).contains("connectors/source-beacon/icon.svg");
        // icon: logo.svg, missing: falls back to icon.svg
        assertThat(connector(catalog, "source-cobble").metadata().icon()).contains("logo.svg");
        assertThat(connector(catalog, "source-cobble").iconFile()).contains("connectors/source-cobble/icon.svg");
        // no icon: key, icon.svg present
        assertThat(connector(catalog, "destination-puddle").iconFile())
                .contains("connectors/destination-puddle/icon.svg");
        // icon: ../source-beacon/icon.svg escapes the connector folder and there is no icon.svg
        assertThat(connector(catalog, "source-driftwood").iconFile()).isEmpty();
    }

    @Test
    void docsListEveryMarkdownFileSortedWithItsUrlPath() throws Exception {
        Catalog catalog = load(fixtureSite("loader-good"));

        assertThat(catalog.docs()).extracting(DocPage::file, DocPage::urlPath).containsExactly(
                org.assertj.core.groups.Tuple.tuple("docs/integrations/README.md", "integrations"),
                org.assertj.core.groups.Tuple.tuple("docs/integrations/destinations/puddle-lake.md",
                        "integrations/destinations/puddle-lake"),
                org.assertj.core.groups.Tuple.tuple("docs/integrations/destinations/puddle.md",
                        "integrations/destinations/puddle"),
                org.assertj.core.groups.Tuple.tuple("docs/integrations/sources/beacon-migrations.md",
                        "integrations/sources/beacon-migrations"),
                org.assertj.core.groups.Tuple.tuple("docs/integrations/sources/beacon.md",
                        "integrations/sources/beacon"),
                org.assertj.core.groups.Tuple.tuple("docs/integrations/sources/cobble.md",
                        "integrations/sources/cobble"));
        assertThat(catalog.docs()).allSatisfy(d -> assertThat(d.markdown()).startsWith("# "));
    }

    @Test
    void resultDoesNotDependOnThreadCount() throws Exception {
        Path root = fixtureSite("loader-good");

        assertThat(load(root, 1)).isEqualTo(load(root, 4));
        Path broken = fixtureSite("loader-broken");
        assertThat(load(broken, 1)).isEqualTo(load(broken, 4));
    }

    // ---- loader-broken -------------------------------------------------------------------------

    @Test
    void brokenMetadataLeavesTheConnectorOutButTheOthersLoad() throws Exception {
        Catalog catalog = load(fixtureSite("loader-broken"));

        // source-fennel has bad YAML, destination-gully lacks dockerImageTag
        assertThat(catalog.connectors()).extracting(Connector::dir).containsExactly("source-alder", "source-quince");
        assertThat(connector(catalog, "source-alder").doc()).map(DocPage::file)
                .contains("docs/integrations/sources/alder.md");
        assertThat(catalog.docs()).extracting(DocPage::file).contains(
                "docs/integrations/sources/fennel.md", "docs/integrations/destinations/gully.md");
    }

    @Test
    void brokenMetadataDiagnosticsHaveRootRelativeFileAndLine() throws Exception {
        Catalog catalog = load(fixtureSite("loader-broken"));

        assertThat(catalog.loadDiagnostics()).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("metadata-invalid");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(catalog.loadDiagnostics()).filteredOn(d -> d.connector().equals("source-fennel"))
                .singleElement().satisfies(d -> {
                    assertThat(d.pos().file()).isEqualTo("connectors/source-fennel/metadata.yaml");
                    assertThat(d.pos().line()).isEqualTo(5);
                    assertThat(d.message()).containsIgnoringCase("yaml");
                });
        assertThat(catalog.loadDiagnostics()).filteredOn(d -> d.connector().equals("destination-gully"))
                .singleElement().satisfies(d -> {
                    assertThat(d.pos()).isEqualTo(SourcePos.at("connectors/destination-gully/metadata.yaml", 2, 3));
                    assertThat(d.message()).contains("'dockerImageTag'");
                });
    }

    @Test
    void valueProblemIsDiagnosedYetTheConnectorLoads() throws Exception {
        Catalog catalog = load(fixtureSite("loader-broken"));

        assertThat(connector(catalog, "source-quince").metadata().definitionId()).isEqualTo("not-a-uuid");
        assertThat(catalog.loadDiagnostics()).filteredOn(d -> d.connector().equals("source-quince"))
                .singleElement().satisfies(d -> {
                    assertThat(d.pos()).isEqualTo(SourcePos.at("connectors/source-quince/metadata.yaml", 3, 17));
                    assertThat(d.message()).contains("UUID");
                });
        assertThat(catalog.loadDiagnostics()).extracting(Diagnostic::connector)
                .containsExactlyInAnyOrder("destination-gully", "source-fennel", "source-quince");
    }

    // ---- built on the fly ----------------------------------------------------------------------

    @Test
    void bomAndCrlfMetadataFileLoadsWithRightPositions(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("connectors/source-crlf"));
        Files.createDirectories(root.resolve("docs/integrations/sources"));
        String metadata = String.join("\r\n",
                "data:",
                "  name: Crlf",
                "  definitionId: 6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e",
                "  connectorType: source",
                "  connectorSubtype: api",
                "  dockerRepository: fixture/source-crlf",
                "  dockerImageTag: 3.0.0",
                "  license: MIT",
                "  documentationUrl: https://docs.example.org/integrations/sources/crlf",
                "  githubIssueLabel: source-crlf",
                "  releaseStage: alpha",
                "");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = metadata.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Files.write(dir.resolve("metadata.yaml"), bytes);
        Files.writeString(root.resolve("docs/integrations/sources/crlf.md"), "\uFEFF# Crlf\r\n\r\nText.\r\n");

        Catalog catalog = load(root);

        assertThat(catalog.loadDiagnostics()).isEmpty();
        Connector c = connector(catalog, "source-crlf");
        assertThat(c.metadata().name()).isEqualTo("Crlf");
        assertThat(c.metadata().dockerImageTag()).isEqualTo("3.0.0");
        assertThat(c.metadata().positions().posOf("dockerImageTag"))
                .isEqualTo(SourcePos.at("connectors/source-crlf/metadata.yaml", 7, 19));
        assertThat(c.doc()).map(DocPage::markdown).hasValueSatisfying(m -> assertThat(m).startsWith("# Crlf"));
    }

    @Test
    void siteWithoutDocsOrConnectorsIsEmpty(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("connectors"));

        Catalog catalog = load(root);

        assertThat(catalog.connectors()).isEmpty();
        assertThat(catalog.docs()).isEmpty();
        assertThat(catalog.loadDiagnostics()).isEmpty();
    }

    @Test
    void unreadableMetadataIsADiagnosticNotAnException(@TempDir Path root) throws IOException, Exception {
        Path dir = Files.createDirectories(root.resolve("connectors/source-locked"));
        Path file = Files.writeString(dir.resolve("metadata.yaml"), "data:\n  name: Locked\n");
        boolean locked = file.toFile().setReadable(false) && !Files.isReadable(file);
        org.junit.jupiter.api.Assumptions.assumeTrue(locked, "cannot make a file unreadable here (root?)");
        try {
            Catalog catalog = load(root);

            assertThat(catalog.connectors()).isEmpty();
            assertThat(catalog.loadDiagnostics()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo("metadata-invalid");
                assertThat(d.connector()).isEqualTo("source-locked");
                assertThat(d.pos().file()).isEqualTo("connectors/source-locked/metadata.yaml");
            });
        } finally {
            file.toFile().setReadable(true);
        }
    }
}
