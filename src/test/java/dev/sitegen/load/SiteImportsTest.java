package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @site/} imports in a monorepo ({@code monorepo-small}): faker imports a snippet that exists in
 * {@code docusaurus/static/}, pebble one that does not. No {@code site.yaml} maps either.
 */
class SiteImportsTest {

    private static final String SOURCES = "docs/integrations/sources/";

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void copyFixture() throws Exception {
        tmp = tmp.toRealPath();
        root = tmp.resolve("repo");
        SiteTrees.copyTree(TestPaths.fixtureSite("monorepo-small"), root);
    }

    @Test
    void aResolvedImportRendersAsTheSnippetWithoutWarning() throws Exception {
        Path out = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2026-11-20",
                "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document faker = Jsoup.parse(out.resolve("integrations/sources/faker/index.html").toFile());
        assertThat(faker.select("h2:contains(Upgrading connectors)")).hasSize(1);
        assertThat(faker.text()).contains("Upgrade from the connector's settings page; your syncs keep their state.");
        assertThat(describe(run)).containsExactly("mdx-component source-pebble " + SOURCES + "pebble.md:7: component "
                + "<SetupSteps /> is imported but not mapped to a snippet, so the page omits it (its import "
                + "'@site/static/_setup_steps.md' was looked for at docusaurus/static/_setup_steps.md: no markdown "
                + "file there that the build may read, or ROOT is no monorepo)");
    }

    @Test
    void theSnippetIsAnInputAndTheMissingOneIsExpected() throws Exception {
        Catalog catalog = load();

        assertThat(catalog.findConnector("source-faker").orElseThrow().inputs().inputFiles())
                .contains(SOURCES + "faker.md", "docusaurus/static/_upgrade_note.md");
        assertThat(catalog.findConnector("source-pebble").orElseThrow().inputs().inputFiles())
                .noneMatch(f -> f.startsWith("docusaurus/"));
        assertThat(catalog.findConnector("source-pebble").orElseThrow().inputs().expectedFiles())
                .contains("docusaurus/static/_setup_steps.md");
        assertThat(catalog.findConnectorsReading(List.of("docusaurus/static/_upgrade_note.md")))
                .containsExactly("source-faker");
    }

    @Test
    void addingTheMissingSnippetResolvesTheImport() throws Exception {
        Files.writeString(root.resolve("docusaurus/static/_setup_steps.md"), "1. Create a key.\n");

        CliRun run = CliRun.runCli("check", root.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(describe(run)).isEmpty();
    }

    @Test
    void importsThatClimbOutOrLeadIntoHiddenFoldersAreNotRead() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/secret.md"), "TOKEN-123\n");
        Files.createSymbolicLink(root.resolve("docusaurus/static/_setup_steps.md"), root.resolve(".git/secret.md"));
        Files.writeString(root.resolve(SOURCES + "faker.md"), Files.readString(root.resolve(SOURCES + "faker.md"))
                .replace("'@site/static/_upgrade_note.md'", "'@site/../.git/secret.md'"));
        Path out = tmp.resolve("site");

        CliRun run = CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2026-11-20",
                "--format", "json", "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(describe(run)).hasSize(2).allMatch(d -> d.startsWith("mdx-component "));
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("TOKEN-123");
            }
        }
        assertThat(run.out() + run.err()).doesNotContain("TOKEN-123");
    }

    @Test
    void aProjectLayoutResolvesNoSiteImport() throws Exception {
        Path project = tmp.resolve("project");
        SiteTrees.copyTree(TestPaths.fixtureSite("mdx-component"), project);

        CliRun run = CliRun.runCli("check", project.toString(), "--format", "json");

        assertThat(describe(run)).anyMatch(d -> d.contains("<StreamDiagram /> is imported but not mapped to a snippet, "
                + "so the page omits it (its import '@site/src/components/StreamDiagram' names "
                + "docusaurus/src/components/StreamDiagram, a script, not a markdown snippet)"));
    }

    private Catalog load() throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(SiteLayout.detect(root), workers).catalog();
        }
    }

    /** Each diagnostic as {@code rule connector file:line: message}. */
    private static List<String> describe(CliRun run) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(run.out()).path("diagnostics")) {
            out.add(d.path("rule").asText() + " " + d.path("connector").asText() + " " + d.path("file").asText()
                    + ":" + d.path("line").asInt() + ": " + d.path("message").asText());
        }
        return out;
    }
}
