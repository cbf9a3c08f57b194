package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated "Contribute to" pages: one per connector, and their snippets are right: pasting the
 * changelog row and the version they suggest into a copy of the connector makes it check clean.
 */
class ContributePageTest {

    @TempDir
    Path tmp;

    @Test
    void everyConnectorHasAContributePageLinkedFromItsPage() throws IOException {
        Path site = build(TestPaths.contentDir());
        try (Stream<Path> dirs = Files.list(TestPaths.contentDir().resolve("connectors"))) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                assertThat(site.resolve("contributing/connectors/" + name + "/index.html")).as(name).isRegularFile();
            }
        }
        Document quarry = Jsoup.parse(site.resolve("integrations/destinations/quarry/index.html").toFile());
        assertThat(quarry.select("nav.connector-nav a").eachAttr("href"))
                .contains("../../../contributing/connectors/destination-quarry/");
        Document index = Jsoup.parse(site.resolve("contributing/connectors/index.html").toFile());
        assertThat(index.select("main ul.columns li a")).hasSize(15);
    }

    @Test
    void quarryPageListsFilesVersionsSnippetsAndCheckResults() throws IOException {
        Document page = Jsoup.parse(build(TestPaths.contentDir())
                .resolve("contributing/connectors/destination-quarry/index.html").toFile());
        assertThat(page.select("h1").text()).isEqualTo("Contribute to Quarry");
        assertThat(page.select("table code").eachText()).containsExactly(
                "content/connectors/destination-quarry/metadata.yaml",
                "content/docs/integrations/destinations/quarry.md",
                "content/docs/integrations/destinations/quarry-migrations.md",
                "content/connectors/destination-quarry/icon.svg");
        assertThat(page.select(".facts dd").eachText()).containsExactly("3.0.1", "3.0.2", "3.1.0", "4.0.0");
        assertThat(page.select("pre code").eachText()).contains(
                "| 3.0.2 | 2026-11-21 | [NNNNN](https://github.com/tributary-data/connectors/pull/NNNNN) | Describe the change |",
                "## Upgrading to 4.0.0");
        assertThat(page.text()).contains("upgradeDeadline: \"2026-12-21\"", "passes every check");
    }

    @Test
    void ledgerlyPageListsItsStreamsForScopedImpactAndQuarryNone() throws IOException {
        Path site = build(TestPaths.contentDir());
        Document ledgerly = Jsoup.parse(site.resolve("contributing/connectors/source-ledgerly/index.html").toFile());
        assertThat(ledgerly.select("ul.streams li").eachText()).containsExactly("accounts", "bills", "credit_notes",
                "customers", "invoice_lines", "invoices", "journal_entries", "payments", "tax_rates", "vendors");
        assertThat(ledgerly.select("#streams").text()).contains("bump --streams refuse others");
        assertThat(ledgerly.text()).contains("impactedScopes: [\"accounts\"]");
        Document quarry = Jsoup.parse(site.resolve("contributing/connectors/destination-quarry/index.html").toFile());
        assertThat(quarry.select("ul.streams")).isEmpty();
        assertThat(quarry.text()).contains("impactedScopes: [\"stream_name\"]");
    }

    @Test
    void theSuggestedPatchReleaseChecksClean() throws IOException {
        Path root = copyContent();
        Document page = Jsoup.parse(build(root).resolve("contributing/connectors/destination-quarry/index.html").toFile());
        String row = page.select("pre code").eachText().stream().filter(t -> t.startsWith("| 3.0.2")).findFirst()
                .orElseThrow().replace("NNNNN", "4901");
        Path metadata = root.resolve("connectors/destination-quarry/metadata.yaml");
        Files.writeString(metadata, Files.readString(metadata).replace("dockerImageTag: 3.0.1", "dockerImageTag: 3.0.2"));
        Path doc = root.resolve("docs/integrations/destinations/quarry.md");
        String md = Files.readString(doc);
        int top = md.indexOf("| 3.0.1 ");
        Files.writeString(doc, md.substring(0, top) + row + "\n" + md.substring(top));

        CliRun check = CliRun.runCli("check", root.toString(), "--only", "destination-quarry");

        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("0 error(s), 0 warning(s)");
    }

    private Path build(Path root) {
        Path out = tmp.resolve("site-" + root.getFileName() + "-" + System.nanoTime());
        CliRun run = CliRun.runCli("build", root.toString(), "--out", out.toString(), "--as-of", "2026-11-21");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return out;
    }

    private Path copyContent() throws IOException {
        Path source = TestPaths.contentDir();
        Path target = tmp.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
