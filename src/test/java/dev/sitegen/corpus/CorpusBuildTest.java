package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the shared monorepo snapshot (skipped when ../shared/corpus is absent) and checks that
 * every connector loads and every connector with a doc gets a page.
 */
class CorpusBuildTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static CliRun build;

    @BeforeAll
    static void buildCorpus() {
        corpus = TestPaths.requireCorpus();
        out = tmp.resolve("site");
        build = TestPaths.buildCorpus(out);
    }

    @Test
    void allConnectorsLoadAndEachDocumentedOneHasAPage() throws IOException {
        assertThat(build.exitCode()).as(build.err()).isZero();
        List<Path> dirs = connectorDirs();
        assertThat(dirs).hasSize(635);
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("tr[data-connector]")).hasSize(635);

        int withDoc = 0;
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            String shortName = name.replaceFirst("^(source|destination)-", "");
            String type = name.startsWith("source-") ? "sources" : "destinations";
            Path doc = corpus.resolve("docs/integrations").resolve(type).resolve(shortName + ".md");
            String href = index.selectFirst("tr[data-connector=" + name + "] a").attr("href");
            Path page = out.resolve(href).resolve("index.html");
            assertThat(page).as(name).isRegularFile();
            if (Files.exists(doc)) {
                withDoc++;
                assertThat(Jsoup.parse(page.toFile(), "UTF-8").select(".doc > *")).as(name).isNotEmpty();
            }
        }
        assertThat(withDoc).isGreaterThan(600);
    }

    @Test
    void everyDocUnderIntegrationsIsRendered() throws IOException {
        assertThat(build.exitCode()).isZero();
        try (Stream<Path> docs = Files.walk(corpus.resolve("docs/integrations"))) {
            List<Path> md = docs.filter(p -> p.toString().endsWith(".md")).toList();
            assertThat(md).hasSize(746);
            for (Path p : md) {
                String rel = corpus.resolve("docs").relativize(p).toString().replaceFirst("\\.md$", "")
                        .replaceFirst("/README$", "");
                assertThat(out.resolve(rel).resolve("index.html")).as(rel).isRegularFile();
            }
        }
    }

    @Test
    void checkJsonIsValidAndCountsMissingDocs() throws Exception {
        CliRun check = CliRun.runCli("check", corpus.toString(), "--format", "json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out());
        assertThat(json.get("summary").get("connectors").asInt()).isEqualTo(635);
        long docsMissing = 0;
        for (var d : json.get("diagnostics")) {
            if (d.get("rule").asText().equals("docs-missing")) {
                docsMissing++;
            }
        }
        assertThat(docsMissing).isEqualTo(7);
    }

    private static List<Path> connectorDirs() throws IOException {
        try (Stream<Path> s = Files.list(corpus.resolve("airbyte-integrations/connectors"))) {
            return s.filter(p -> Files.exists(p.resolve("metadata.yaml"))).sorted().toList();
        }
    }
}
