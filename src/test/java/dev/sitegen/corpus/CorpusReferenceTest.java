package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared corpus built (skipped without it): every connector with a spec file in one of its native places
 * (571 of 635, as the issue counts) gets a Reference section on its page, a page holds one {@code #reference},
 * and no broken-link finding mentions {@code #reference}.
 */
class CorpusReferenceTest {

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path out;
    static CliRun build;
    static JsonNode report;

    @BeforeAll
    static void buildCorpus() throws IOException {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        corpus = TestPaths.findCorpus().get();
        out = tmp.resolve("site");
        Path json = tmp.resolve("report.json");
        build = CliRun.runCli("build", corpus.toString(), "--out", out.toString(), "--fail-on", "never",
                "--as-of", "2025-08-15", "--format", "json", "--report", json.toString());
        report = new ObjectMapper().readTree(json.toFile());
    }

    @Test
    void everyConnectorWithASpecFileHasAReferenceSection() throws IOException {
        assertThat(build.exitCode()).as(build.err()).isZero();
        Set<String> withSpecFile = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(corpus.resolve("airbyte-integrations/connectors"))) {
            dirs.filter(Files::isDirectory).filter(CorpusReferenceTest::hasSpecFile)
                    .forEach(d -> withSpecFile.add(d.getFileName().toString()));
        }
        assertThat(withSpecFile).hasSize(571);
        Set<String> withReference = new TreeSet<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out.resolve("integrations"))) {
            pages = files.filter(p -> p.getFileName().toString().equals("index.html")).toList();
        }
        int pagesWithReference = 0;
        for (Path p : pages) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            if (!doc.select("section.reference").isEmpty()) {
                pagesWithReference++;
                assertThat(doc.select("[id=reference]")).as(p.toString()).hasSize(1);
                assertThat(doc.select("nav.toc a[href=#reference]")).as(p.toString()).hasSize(1);
            }
            doc.select("section.reference").forEach(s -> withReference.add(s.attr("data-connector")));
        }
        assertThat(withReference).isEqualTo(withSpecFile);
        assertThat(pagesWithReference).isGreaterThan(540);
    }

    @Test
    void noBrokenLinkFindingMentionsReference() {
        List<String> broken = new ArrayList<>();
        report.path("diagnostics").forEach(d -> {
            if (d.path("rule").asText().equals("broken-link") && d.path("message").asText().contains("#reference")
                    && !d.path("severity").asText().equals("info")) {
                broken.add(d.path("message").asText());
            }
        });
        assertThat(broken).isEmpty();
    }

    /** The places: the folder's manifest.yaml, src/main/resources/spec.json, a package's spec or manifest. */
    private static boolean hasSpecFile(Path dir) {
        if (Files.exists(dir.resolve("manifest.yaml")) || Files.exists(dir.resolve("src/main/resources/spec.json"))) {
            return true;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).anyMatch(p -> Stream.of("spec.json", "spec.yaml", "manifest.yaml")
                    .anyMatch(f -> Files.exists(p.resolve(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
