package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's single-file reloads (what a preview uses) and its doc, guide and icon resolution, exactly. */
class CatalogLoaderMutationTest {

    @TempDir
    Path root;
    private CatalogLoader loader;
    private Workers workers;

    private static String metadata(String name, String docPath, String extra) {
        return "data:\n  name: " + name + "\n  definitionId: 3f2b9c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b\n"
                + "  connectorType: source\n  connectorSubtype: api\n  dockerRepository: x/source-" + name + "\n"
                + "  dockerImageTag: 1.0.0\n  license: MIT\n"
                + "  documentationUrl: https://docs.example.org/" + docPath + "\n"
                + "  githubIssueLabel: x\n  releaseStage: alpha\n" + extra;
    }

    @BeforeEach
    void createRoot() throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: T\n");
        Files.createDirectories(root.resolve("connectors/source-a"));
        Files.createDirectories(root.resolve("connectors/source-b"));
        Files.createDirectories(root.resolve("docs/integrations/sources"));
        Files.createDirectories(root.resolve("contributing"));
        Files.writeString(root.resolve("connectors/source-a/metadata.yaml"), metadata("a", "integrations/sources/a", ""));
        Files.writeString(root.resolve("connectors/source-b/metadata.yaml"), metadata("b", "integrations/sources/bee",
                "  icon: b.svg\n"));
        Files.writeString(root.resolve("connectors/source-b/icon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(root.resolve("docs/integrations/sources/a.md"), "# A\n\n## Changelog\n\n| Version | Date | PR | Subject |\n|---|---|---|---|\n| 1.0.0 | 2024-01-01 | 1 | x |\n");
        Files.writeString(root.resolve("docs/integrations/sources/b.md"), "# B by name\n");
        Files.writeString(root.resolve("docs/integrations/sources/a-migrations.md"), "# M\n\n## Upgrading to 1.0.0\n");
        Files.writeString(root.resolve("contributing/guide.md"), "# Guide\n");
        workers = new Workers(2);
        loader = new CatalogLoader(SiteLayout.detect(root), workers);
    }

    @org.junit.jupiter.api.AfterEach
    void closeWorkers() {
        workers.close();
    }

    @Test
    void loadsDocsGuidesIconsAndPages() throws Exception {
        Catalog c = loader.loadCatalog();

        assertThat(c.loadDiagnostics()).isEmpty();
        assertThat(c.docs()).extracting(DocPage::urlPath).containsExactly("integrations/sources/a-migrations",
                "integrations/sources/a", "integrations/sources/b");
        assertThat(c.guides()).extracting(DocPage::urlPath).containsExactly("contributing/guide");
        Connector a = c.findConnector("source-a").orElseThrow();
        assertThat(a.pagePath()).isEqualTo("integrations/sources/a");
        assertThat(a.changelog()).map(Changelog::entries).hasValueSatisfying(e -> assertThat(e).hasSize(1));
        assertThat(a.migrationGuide()).isPresent();
        assertThat(a.iconFile()).isEmpty();
        Connector b = c.findConnector("source-b").orElseThrow();
        assertThat(b.doc()).map(DocPage::file).contains("docs/integrations/sources/b.md");
        assertThat(b.pagePath()).isEqualTo("integrations/sources/b");
        assertThat(b.iconFile()).contains("connectors/source-b/icon.svg");
    }

    @Test
    void reloadingAConnectorReplacesItAndItsMetadataDiagnosticsOnly() throws Exception {
        Catalog before = loader.loadCatalog();
        Files.writeString(root.resolve("connectors/source-a/metadata.yaml"), "data:\n  name: [\n");

        Catalog broken = loader.reloadConnector(before, "source-a");

        assertThat(broken.findConnector("source-a")).isEmpty();
        assertThat(broken.findConnector("source-b")).isPresent();
        assertThat(broken.loadDiagnostics()).extracting(Diagnostic::connector).containsOnly("source-a");
        assertThat(broken.docs()).isEqualTo(before.docs());

        Files.writeString(root.resolve("connectors/source-a/metadata.yaml"), metadata("a2", "integrations/sources/a", ""));
        Catalog fixed = loader.reloadConnector(broken, "source-a");
        assertThat(fixed.loadDiagnostics()).isEmpty();
        assertThat(fixed.connectors()).extracting(Connector::dir).containsExactly("source-a", "source-b");
        assertThat(fixed.findConnector("source-a").orElseThrow().metadata().name()).isEqualTo("a2");

        Files.delete(root.resolve("connectors/source-a/metadata.yaml"));
        Catalog gone = loader.reloadConnector(fixed, "source-a");
        assertThat(gone.connectors()).extracting(Connector::dir).containsExactly("source-b");
        assertThat(gone.guides()).isEqualTo(fixed.guides());
    }

    @Test
    void reloadingAConnectorKeepsTheProblemsOfItsDoc() throws Exception {
        Catalog before = loader.loadCatalog();
        Diagnostic docProblem = new Diagnostic("docs-missing", dev.sitegen.model.Severity.WARNING, "source-a",
                SourcePos.at("docs/integrations/sources/a.md", 1, 1), "m", "h");
        Catalog withProblem = new Catalog(before.connectors(), before.docs(), before.guides(), List.of(docProblem));

        Catalog after = loader.reloadConnector(withProblem, "source-a");

        assertThat(after.loadDiagnostics()).containsExactly(docProblem);
    }

    @Test
    void reloadingADocResolvesTheConnectorsThatReadIt() throws Exception {
        Catalog before = loader.loadCatalog();
        Path doc = root.resolve("docs/integrations/sources/bee.md");
        Files.writeString(doc, "# Bee \u00ff\n");
        Files.write(doc, new byte[] {'#', ' ', 'B', (byte) 0xFF, '\n'});

        Catalog after = loader.reloadDoc(before, doc);

        Connector b = after.findConnector("source-b").orElseThrow();
        assertThat(b.pagePath()).isEqualTo("integrations/sources/bee");
        assertThat(b.iconFile()).contains("connectors/source-b/icon.svg");
        assertThat(after.findConnector("source-a")).isEqualTo(before.findConnector("source-a"));
        assertThat(after.loadDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.connector()).isEqualTo("source-b");
            assertThat(d.pos()).isEqualTo(SourcePos.at("docs/integrations/sources/bee.md", 1, 4));
        });

        Files.delete(doc);
        Catalog deleted = loader.reloadDoc(after, doc);
        assertThat(deleted.loadDiagnostics()).isEmpty();
        assertThat(deleted.findConnector("source-b").orElseThrow().pagePath()).isEqualTo("integrations/sources/b");
        assertThat(deleted.docs()).extracting(DocPage::urlPath).doesNotContain("integrations/sources/bee");
    }

    @Test
    void reloadingADocOfAConnectorMovedToItsFallbackKeepsItThereAsAFullLoadDoes() throws Exception {
        // a and b ask for docs whose pages differ only in case: b, later by name, moves to its fallback
        Files.writeString(root.resolve("connectors/source-a/metadata.yaml"), metadata("a", "integrations/sources/Shared", ""));
        Files.writeString(root.resolve("connectors/source-b/metadata.yaml"), metadata("b", "integrations/sources/shared", ""));
        Files.writeString(root.resolve("docs/integrations/sources/Shared.md"), "# Upper\n");
        Files.writeString(root.resolve("docs/integrations/sources/shared.md"), "# Lower\n");
        Catalog before = loader.loadCatalog();
        assertThat(before.findConnector("source-b").orElseThrow().pagePath()).isEqualTo("integrations/sources/b");

        for (String name : List.of("b.md", "shared.md", "Shared.md")) {
            Path doc = root.resolve("docs/integrations/sources/" + name);
            // bytes that are not UTF-8: a load finding, given to the connector whose doc it is
            Files.write(doc, ("# Edited " + name + " \u00ff\n").getBytes(StandardCharsets.ISO_8859_1));
            Catalog after = loader.reloadDoc(before, doc);
            Catalog full = loader.loadCatalog();

            assertThat(after.connectors()).as(name).isEqualTo(full.connectors());
            assertThat(after.loadDiagnostics()).as(name).containsExactlyInAnyOrderElementsOf(full.loadDiagnostics());
            assertThat(after.loadDiagnostics()).as(name).anySatisfy(d -> assertThat(d.message())
                    .contains("differs only in case"));
            before = after;
        }
        assertThat(before.findConnector("source-b").orElseThrow().doc().orElseThrow().markdown()).contains("Edited b.md");
        assertThat(before.loadDiagnostics()).filteredOn(d -> d.pos().file().endsWith("/b.md"))
                .extracting(Diagnostic::connector).containsExactly("source-b");
    }

    @Test
    void reloadingAGuideOrAFileOutsideTheDocs() throws Exception {
        Catalog before = loader.loadCatalog();
        Files.writeString(root.resolve("contributing/guide.md"), "# Guide two\n");
        Catalog guide = loader.reloadDoc(before, root.resolve("contributing/guide.md"));
        assertThat(guide.guides()).singleElement().satisfies(g -> assertThat(g.markdown()).isEqualTo("# Guide two\n"));
        assertThat(guide.docs()).isEqualTo(before.docs());

        Files.writeString(root.resolve("contributing/new.md"), "# New\n");
        assertThat(loader.reloadDoc(guide, root.resolve("contributing/new.md")).guides()).hasSize(2);
        assertThat(loader.reloadDoc(before, root.resolve("README.md"))).isSameAs(before);
        assertThat(loader.reloadDoc(before, root.resolve("docs/other.md"))).isSameAs(before);
    }

    @Test
    void migrationGuideEditUpdatesTheConnector() throws Exception {
        Catalog before = loader.loadCatalog();
        Path guide = root.resolve("docs/integrations/sources/a-migrations.md");
        Files.writeString(guide, "# M\n\n## Upgrading to 1.0.0\n\n## Upgrading to 2.0.0\n");

        Catalog after = loader.reloadDoc(before, guide);

        assertThat(after.findConnector("source-a").orElseThrow().migrationGuide().orElseThrow().sections()).hasSize(2);
    }

    @Test
    void changelogSelectionPrefersTheScopedThenTheUnscopedTable() {
        Changelog scoped = changelog(Optional.of("source-a"));
        Changelog other = changelog(Optional.of("source-z"));
        Changelog plain = changelog(Optional.empty());

        assertThat(CatalogLoader.selectChangelog(List.of(other, plain, scoped), "source-a")).containsSame(scoped);
        assertThat(CatalogLoader.selectChangelog(List.of(other, plain), "source-a")).containsSame(plain);
        assertThat(CatalogLoader.selectChangelog(List.of(other), "source-a")).containsSame(other);
        assertThat(CatalogLoader.selectChangelog(List.of(other, changelog(Optional.of("source-y"))), "source-a")).isEmpty();
        assertThat(CatalogLoader.selectChangelog(List.of(), "source-a")).isEmpty();
    }

    private static Changelog changelog(Optional<String> scope) {
        return new Changelog(scope, SourcePos.at("f.md", 1, 1), 1, 2, List.of());
    }
}
