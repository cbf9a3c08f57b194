package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative {@code .md} links in spec descriptions resolve as the connector's doc's own links do (spec-links
 * fixture: Gamma's doc is {@code gamma/README.md}, its folder's index, so {@code notes.md} is the page beside it
 * at {@code gamma/notes}, not {@code sources/notes}), and a broken one is reported at the spec file's line.
 */
class SpecDescriptionLinksTest {

    private static final String SPEC = "connectors/source-gamma/source_gamma/spec.json";

    @TempDir
    static Path tmp;
    static Document page;
    static List<JsonNode> brokenLinks = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        Path site = tmp.resolve("site");
        Path json = tmp.resolve("report.json");
        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("spec-links").toString(), "--out", site.toString(),
                "--as-of", "2026-01-15", "--fail-on", "never", "--format", "json", "--report", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        page = Jsoup.parse(site.resolve("integrations/sources/gamma/index.html").toFile(), "UTF-8");
        new ObjectMapper().readTree(json.toFile()).path("diagnostics").forEach(d -> {
            if (d.path("rule").asText().equals("broken-link")) {
                brokenLinks.add(d);
            }
        });
    }

    private static String descriptionHref(String field, String text) {
        Element dd = page.getElementById("reference." + field).nextElementSibling();
        return dd.select(".spec-description a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(field + ": no link " + text)).attr("href");
    }

    private static String docHref(String text) {
        return page.select(".doc a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("doc: no link " + text)).attr("href");
    }

    @Test
    void relativeMarkdownLinksResolveAsTheDocsOwnLinksDo() {
        assertThat(descriptionHref("api_key", "notes")).isEqualTo("../../../integrations/sources/gamma/notes/")
                .isEqualTo(docHref("notes"));
        assertThat(descriptionHref("api_key", "Delta's setup")).isEqualTo("../../../integrations/sources/delta/#setup")
                .isEqualTo(docHref("Delta's setup"));
        assertThat(descriptionHref("region", "regions notes")).isEqualTo(docHref("regions notes"));
    }

    @Test
    void theResolvedLinksVerifyAndABrokenOneIsReportedAtTheSpecFileLine() {
        // at the line of its field (region), as every spec description link is blamed
        assertThat(brokenLinks).hasSize(1);
        JsonNode broken = brokenLinks.get(0);
        assertThat(broken.path("message").asText()).contains("missing");
        assertThat(broken.path("file").asText()).isEqualTo(SPEC);
        assertThat(broken.path("line").asInt()).isEqualTo(11);
        assertThat(broken.path("column").asInt()).isGreaterThan(1);
    }
}
