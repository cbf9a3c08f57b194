package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each connector's input files (read) and expected files (looked for, not read), on the
 * {@code connector-inputs} fixture: alpha has a declared icon, a doc including a snippet that includes
 * another, and a migration guide; beta has no doc, guide or icon; gamma's icon.svg is a link out of ROOT.
 */
class ConnectorInputsTest {

    private static final String SOURCES = "docs/integrations/sources/";

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void copyFixture() throws Exception {
        tmp = tmp.toRealPath();
        root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("connector-inputs"), root);
        Path secret = Files.writeString(tmp.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Files.createSymbolicLink(root.resolve("connectors/source-gamma/icon.svg"), secret);
    }

    private Catalog load() throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(SiteLayout.detect(root), workers).catalog();
        }
    }

    private static ConnectorInputs inputsOf(Catalog catalog, String dir) {
        return catalog.findConnector(dir).orElseThrow().inputs();
    }

    @Test
    void everyFileReadIsAnInputAndNothingElse() throws Exception {
        ConnectorInputs alpha = inputsOf(load(), "source-alpha");

        assertThat(alpha.inputFiles()).containsExactly(
                "connectors/source-alpha/logo.svg", "connectors/source-alpha/metadata.yaml",
                SOURCES + "alpha-migrations.md", SOURCES + "alpha.md",
                "docs/snippets/inner.md", "docs/snippets/steps.md");
        // the other spellings of the pages it found: each would be published at the same path; and every
        // place a spec file would be read from
        assertThat(alpha.expectedFiles()).containsExactly("connectors/source-alpha/manifest.yaml",
                "connectors/source-alpha/source_alpha/manifest.yaml", "connectors/source-alpha/source_alpha/spec.json",
                "connectors/source-alpha/source_alpha/spec.yaml", "connectors/source-alpha/src/main/resources/spec.json",
                SOURCES + "alpha-migrations/README.md", SOURCES + "alpha-migrations/index.md",
                SOURCES + "alpha/README.md", SOURCES + "alpha/index.md");
        assertThat(alpha.dependsOn("connectors/source-alpha/icon.svg")).as("never looked at: logo.svg is declared").isFalse();
        assertThat(alpha.dependsOn("connectors/source-alpha/NOTES.txt")).isFalse();
        assertThat(alpha.dependsOn("docs/snippets/unused.md")).isFalse();
    }

    @Test
    void aMissingDocGuideAndIconAreExpected() throws Exception {
        ConnectorInputs beta = inputsOf(load(), "source-beta");

        assertThat(beta.inputFiles()).containsExactly("connectors/source-beta/metadata.yaml");
        assertThat(beta.expectedFiles()).contains(SOURCES + "beta.md", SOURCES + "beta/README.md",
                SOURCES + "beta-migrations.md", "connectors/source-beta/icon.svg");
    }

    @Test
    void anIconTheGateRefusesIsExpectedButNotAnInput() throws Exception {
        Catalog catalog = load();
        ConnectorInputs gamma = inputsOf(catalog, "source-gamma");

        assertThat(catalog.loadDiagnostics()).anyMatch(d -> d.connector().equals("source-gamma")
                && d.rule().equals("broken-link"));
        assertThat(gamma.inputFiles()).doesNotContain("connectors/source-gamma/icon.svg")
                .as("a component in a code block includes nothing").doesNotContain("docs/snippets/steps.md")
                .containsExactly("connectors/source-gamma/metadata.yaml", SOURCES + "gamma.md");
        assertThat(gamma.expectedFiles()).contains("connectors/source-gamma/icon.svg");
    }

    @Test
    void aDocThatAppearsBecomesAnInputAndAReloadAgreesWithAFreshLoad() throws Exception {
        Catalog before = load();
        Files.writeString(root.resolve(SOURCES + "beta.md"), "# Beta\n\n<Steps />\n");
        Files.writeString(root.resolve(SOURCES + "alpha.md"), "# Alpha\n\nNo snippet now.\n");

        Catalog fresh = load();
        Catalog reloaded;
        try (Workers workers = new Workers(1)) {
            Site site = SiteReader.readSite(SiteLayout.detect(root), workers).withCatalog(before);
            CatalogLoader loader = CatalogLoader.forSite(site, workers);
            reloaded = loader.reloadDoc(loader.reloadDoc(before, root.resolve(SOURCES + "beta.md")),
                    root.resolve(SOURCES + "alpha.md"));
        }

        assertThat(inputsOf(fresh, "source-beta").inputFiles()).containsExactly("connectors/source-beta/metadata.yaml",
                SOURCES + "beta.md", "docs/snippets/inner.md", "docs/snippets/steps.md");
        assertThat(inputsOf(fresh, "source-alpha").inputFiles()).doesNotContain("docs/snippets/steps.md");
        for (String dir : List.of("source-alpha", "source-beta", "source-gamma")) {
            assertThat(inputsOf(reloaded, dir)).as(dir).isEqualTo(inputsOf(fresh, dir));
        }
    }

    @Test
    void theCatalogNamesTheConnectorsAFileFeeds() throws Exception {
        Catalog catalog = load();
        Files.writeString(root.resolve("connectors/source-beta/metadata.yaml"), "data: [broken\n");
        Catalog broken = load();

        assertThat(catalog.findConnectorsReading(Set.of("docs/snippets/inner.md"))).containsExactly("source-alpha");
        assertThat(catalog.findConnectorsReading(Set.of(SOURCES + "beta.md", "connectors/source-gamma/icon.svg")))
                .containsExactly("source-beta", "source-gamma");
        assertThat(catalog.findConnectorsReading(Set.of("connectors/source-alpha/NOTES.txt", "docs/snippets/unused.md")))
                .isEmpty();
        assertThat(broken.findConnector("source-beta")).isEmpty();
        assertThat(broken.findConnectorsReading(Set.of("connectors/source-beta/metadata.yaml")))
                .as("a connector left out for invalid metadata is fed by the file its findings are in")
                .containsExactly("source-beta");
    }
}
