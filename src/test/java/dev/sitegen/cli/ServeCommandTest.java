package dev.sitegen.cli;

import static dev.sitegen.serve.PreviewClient.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.serve.PreviewClient;
import dev.sitegen.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code site-gen serve} in-process on a free port over a copy of content/: what a browser gets, and
 * how edits to the copy reach the served pages, the event stream and the findings.
 */
class ServeCommandTest {

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/pr-7/");
    private static final Pattern BUILT = Pattern.compile("(?m)^built \\d+ pages \\(\\d+ connectors\\) in \\d+ ms$");
    private static final String LEDGERLY = "/pr-7/integrations/sources/ledgerly/";
    private static final String LIVE_TAG = "<script src=\"/pr-7/__site-gen/live.js\" defer></script>";

    @TempDir
    Path tmp;

    private Path root;
    private final StringWriter out = new StringWriter();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private Thread server;
    private PreviewClient client;

    @BeforeEach
    void startServer() throws Exception {
        root = tmp.resolve("content");
        PreviewClient.copyTree(TestPaths.contentDir(), root);
        StringWriter err = new StringWriter();
        server = new Thread(() -> exitCode.set(Main.run(new String[] {"serve", root.toString(), "--port", "0",
                "--base-url", "/pr-7/", "--as-of", "2026-11-21", "--jobs", "2"}, new PrintWriter(out, true),
                new PrintWriter(err, true))), "serve-under-test");
        server.start();
        assertThat(awaitCondition(() -> SERVING.matcher(out.toString()).find() || !server.isAlive(), 120))
                .as("server started").isTrue();
        Matcher m = SERVING.matcher(out.toString());
        assertThat(m.find()).as(out + "\n" + err).isTrue();
        client = new PreviewClient(Integer.parseInt(m.group(1)));
        // it says where it serves before it builds: edits count from the first build on
        assertThat(awaitCondition(() -> BUILT.matcher(out.toString()).find() || !server.isAlive(), 120))
                .as("first build").isTrue();
        assertThat(out.toString()).as(err.toString()).startsWith(m.group());
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        server.interrupt();
        server.join(20_000);
        assertThat(server.isAlive()).as("server stopped").isFalse();
        assertThat(exitCode.get()).isZero();
    }

    @Test
    void servesTheSiteUnderTheBaseUrlWithContentTypes() {
        HttpResponse<String> root = client.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/pr-7/");

        HttpResponse<String> index = client.get("/pr-7/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.body()).contains("href=\"/pr-7/assets/style.css\"");
        assertThat(client.get("/pr-7/integrations/sources/ledgerly").statusCode()).isEqualTo(302);

        assertContentType("/pr-7/assets/style.css", "text/css");
        assertContentType("/pr-7/assets/site.js", "text/javascript");
        assertContentType("/pr-7/icons/source-ledgerly.svg", "image/svg+xml");
        assertContentType("/pr-7/api/registry.json", "application/json");
        assertContentType("/pr-7/feeds/releases.xml", "application/atom+xml");
        assertContentType("/pr-7/sitemap.xml", "application/xml");
        assertContentType("/pr-7/deadlines.ics", "text/calendar");
        assertContentType("/pr-7/robots.txt", "text/plain");
        assertContentType("/pr-7/__site-gen/live.js", "text/javascript");
    }

    private void assertContentType(String path, String type) {
        HttpResponse<String> response = client.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith(type);
        assertThat(response.body()).as(path).doesNotContain("__site-gen/live.js\" defer");
    }

    @Test
    void missingPagesGetThe404PageAndTraversalIsRefused() {
        HttpResponse<String> missing = client.get("/pr-7/integrations/sources/no-such-connector/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(missing.body()).contains("<title>").contains(LIVE_TAG);
        assertThat(client.get("/elsewhere/").statusCode()).isEqualTo(404);

        for (String path : new String[] {"/pr-7/../../../../etc/passwd", "/pr-7/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/pr-7/..%2f..%2f..%2fetc%2fpasswd", "/pr-7/assets/%2e%2e%2f%2e%2e%2fsite.yaml"}) {
            HttpResponse<String> refused = client.get(path);
            assertThat(refused.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(refused.body()).as(path).doesNotContain("root:").doesNotContain("title: Tributary");
        }
        assertThat(client.get("/pr-7/%2e%2e/%2e%2e/etc/passwd").statusCode()).isEqualTo(403);
    }

    @Test
    void liveScriptIsInjectedOnlyIntoServedHtml() {
        String page = client.fetchBody(LEDGERLY);
        assertThat(page.split(Pattern.quote(LIVE_TAG), -1)).hasSize(2);
        assertThat(page.indexOf(LIVE_TAG)).isLessThan(page.lastIndexOf("</body>"));
        assertThat(client.fetchBody("/pr-7/api/connectors/source-ledgerly.json")).doesNotContain("live.js");
        assertThat(client.fetchBody("/pr-7/feeds/releases.xml")).doesNotContain("live.js");
        assertThat(client.fetchBody("/pr-7/__site-gen/live.js")).contains("EventSource");
    }

    @Test
    void aDocEditReachesTheServedPageAndTheEventStream() throws Exception {
        HttpResponse<?> stream = client.openEvents("/pr-7/__site-gen/events");
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(awaitCondition(() -> client.listEvents().stream().anyMatch(e -> e.name().equals("hello")), 10))
                .isTrue();

        String sentence = "Ledgerly also exports PINEAPPLE-SHAPED ledgers for testing.";
        editFile("docs/integrations/sources/ledgerly.md", "build aging reports without exporting spreadsheets by hand.",
                "build aging reports without exporting spreadsheets by hand. " + sentence);

        assertThat(awaitCondition(() -> client.fetchBody(LEDGERLY).contains(sentence), 10)).as(out.toString()).isTrue();
        assertThat(awaitCondition(() -> client.listEvents().stream().anyMatch(e -> e.name().equals("rebuild")
                && e.data().contains("\"integrations/sources/ledgerly/\"")), 10)).as(client.listEvents().toString())
                .isTrue();
        // the terminal report follows the event
        assertThat(awaitCondition(() -> out.toString().contains("after docs/integrations/sources/ledgerly.md"), 10))
                .as(out.toString()).isTrue();
    }

    @Test
    void aNewVersionWithAChangelogRowReachesTheCatalog() throws Exception {
        assertThat(catalogVersionOf("source-ledgerly")).isEqualTo("2.3.1");

        editFile("docs/integrations/sources/ledgerly.md", "| 2.3.1 |", "| 2.3.2 | 2026-11-20 | "
                + "[4900](https://github.com/tributary-data/connectors/pull/4900) | Retry on 503 responses |\n| 2.3.1 |");
        editFile("connectors/source-ledgerly/metadata.yaml", "dockerImageTag: 2.3.1", "dockerImageTag: 2.3.2");

        assertThat(awaitCondition(() -> catalogVersionOf("source-ledgerly").equals("2.3.2"), 10))
                .as(out.toString()).isTrue();
        assertThat(awaitCondition(() -> client.fetchBody(LEDGERLY).contains("Retry on 503 responses"), 10)).isTrue();
        assertThat(client.fetchBody("/pr-7/api/registry.json")).contains("\"2.3.2\"");
        assertThat(awaitCondition(() -> client.fetchBody(
                "/pr-7/__site-gen/diagnostics.json?page=integrations/sources/ledgerly/").contains("\"diagnostics\":[]"),
                10)).isTrue();
    }

    @Test
    void brokenMetadataKeepsTheServerServingAndShowsUpInTheFindings() throws Exception {
        editFile("connectors/source-ledgerly/metadata.yaml", "connectorType: source", "connectorType: [source");

        assertThat(awaitCondition(() -> client.fetchBody("/pr-7/__site-gen/diagnostics.json")
                .contains("\"rule\":\"metadata-invalid\""), 10)).as(out.toString()).isTrue();
        assertThat(client.get(LEDGERLY).statusCode()).isEqualTo(200);
        assertThat(catalogVersionOf("source-ledgerly")).as(out.toString()).isEqualTo("2.3.1");
        assertThat(client.fetchBody("/pr-7/__site-gen/diagnostics.json?page=integrations/sources/ledgerly/"))
                .contains("metadata-invalid").contains("\"connectors\":[\"source-ledgerly\"]");
        assertThat(out.toString()).contains("error[metadata-invalid]");

        editFile("connectors/source-ledgerly/metadata.yaml", "connectorType: [source", "connectorType: source");
        assertThat(awaitCondition(() -> !client.fetchBody("/pr-7/__site-gen/diagnostics.json")
                .contains("metadata-invalid"), 10)).isTrue();
    }

    @Test
    void aBrokenLinkAddedWhileServingIsReportedAtItsLineAndGoesWhenFixed() throws Exception {
        String doc = "docs/integrations/sources/ledgerly.md";
        String sentence = "spreadsheets by hand.";
        String links = "See [the missing page](/integrations/sources/no-such-connector/) and "
                + "[a missing section](/integrations/sources/ledgerly-migrations/#no-such-section).";
        editFile(doc, sentence, sentence + "\n\n" + links);
        List<String> lines = Files.readAllLines(root.resolve(doc), StandardCharsets.UTF_8);
        int line = lines.indexOf(links) + 1;
        assertThat(line).isPositive();

        assertThat(awaitCondition(() -> findBrokenLinks().size() == 2, 20)).as(out.toString()).isTrue();
        for (JsonNode finding : findBrokenLinks()) {
            assertThat(finding.get("file").asText()).isEqualTo(doc);
            assertThat(finding.get("line").asInt()).isEqualTo(line);
            assertThat(finding.get("severity").asText()).isEqualTo("error");
            assertThat(finding.get("connector").asText()).isEqualTo("source-ledgerly");
        }
        assertThat(findBrokenLinks()).extracting(f -> f.get("column").asInt())
                .containsExactlyInAnyOrder(5, links.indexOf("[a missing") + 1);
        assertThat(findBrokenLinks().toString()).contains("no-such-connector", "no-such-section");
        assertThat(awaitCondition(() -> out.toString().contains(doc + ":" + line + ":5: error[broken-link]"), 10))
                .as(out.toString()).isTrue();
        assertThat(out.toString()).contains(doc + ":" + line + ":" + (links.indexOf("[a missing") + 1)
                + ": error[broken-link]");

        editFile(doc, sentence + "\n\n" + links, sentence);
        assertThat(awaitCondition(() -> findBrokenLinks().isEmpty(), 20)).as(out.toString()).isTrue();
        // the terminal report follows the event that updated the feed
        assertThat(awaitCondition(() -> out.toString().contains("0 new, 2 gone; "), 10)).as(out.toString()).isTrue();
    }

    /** The broken links the preview reports in docs/integrations (the sample's own pages have none). */
    private List<JsonNode> findBrokenLinks() {
        try {
            JsonNode json = new ObjectMapper().readTree(client.fetchBody("/pr-7/__site-gen/diagnostics.json"));
            List<JsonNode> out = new ArrayList<>();
            json.get("diagnostics").forEach(d -> {
                if (d.get("rule").asText().equals("broken-link") && d.get("file").asText().startsWith("docs/")) {
                    out.add(d);
                }
            });
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String catalogVersionOf(String dir) {
        Element row = Jsoup.parse(client.fetchBody("/pr-7/")).selectFirst("tr[data-connector=" + dir + "]");
        return row == null ? "" : row.select(".version").text();
    }

    private void editFile(String file, String from, String to) throws Exception {
        Path p = root.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
