package dev.sitegen.serve;

import static dev.sitegen.serve.PreviewClient.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview through its API, served at {@code /}: what rebuilds what, and what survives a failure. */
class PreviewServerTest {

    private static final String LEDGERLY = "/integrations/sources/ledgerly/";

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(2);
    private final StringWriter terminal = new StringWriter();
    private final AtomicBoolean failLoads = new AtomicBoolean();
    private Path root;
    private PreviewServer server;
    private PreviewClient client;

    @BeforeEach
    void startServer() throws Exception {
        root = TestSites.copyContent(tmp);
        SiteLoader loader = TestSites.loaderFor(root, workers);
        server = PreviewServer.startServer(() -> {
            if (failLoads.get()) {
                throw new IllegalStateException("template exploded");
            }
            return loader.loadSite();
        },
                new PreviewSettings(0, "/", LocalDate.of(2026, 11, 21)), workers, new PrintWriter(terminal, true));
        client = new PreviewClient(server.port());
        client.openEvents("/__site-gen/events");
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
        workers.close();
    }

    @Test
    void aProseEditRerendersOnlyItsConnectorPage() throws Exception {
        editFile("docs/integrations/sources/ledgerly.md", "build aging reports", "build tidy aging reports");

        assertThat(awaitRebuildEvents(1)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(0).data()).contains("\"full\":false",
                "\"pages\":[\"integrations/sources/ledgerly/\"]", "\"connectors\":[\"source-ledgerly\"]");
        assertThat(client.fetchBody(LEDGERLY)).contains("build tidy aging reports");
    }

    @Test
    void aMigrationGuideEditRerendersTheGuidePage() throws Exception {
        editFile("docs/integrations/sources/ledgerly-migrations.md", "### Who is affected", "### Who is really affected");

        assertThat(awaitRebuildEvents(1)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(0).data()).contains("integrations/sources/ledgerly-migrations/",
                "\"connectors\":[\"source-ledgerly\"]");
        assertThat(client.fetchBody("/integrations/sources/ledgerly-migrations/")).contains("Who is really affected");
    }

    @Test
    void aBrokenSiteConfigKeepsTheLastGoodSiteUntilItIsFixed() throws Exception {
        String config = Files.readString(root.resolve("site.yaml"), StandardCharsets.UTF_8);
        Files.writeString(root.resolve("site.yaml"), "title: [unclosed\n", StandardCharsets.UTF_8);

        assertThat(awaitRebuildEvents(1)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(0).data()).contains("\"errors\":1");
        assertThat(client.get(LEDGERLY).statusCode()).isEqualTo(200);
        assertThat(client.fetchBody("/__site-gen/diagnostics.json")).contains("\"buildErrors\":[{\"file\":\"(whole site)\"");
        assertThat(terminal.toString()).contains("rebuild failed", "still serving the last good site");

        Files.writeString(root.resolve("site.yaml"), config.replace("Tributary Connector Catalog", "Tributary Preview"),
                StandardCharsets.UTF_8);
        assertThat(awaitRebuildEvents(2)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(1).data()).contains("\"full\":true", "\"errors\":0");
        assertThat(client.fetchBody("/")).contains("Tributary Preview");
        assertThat(awaitCondition(() -> client.fetchBody("/__site-gen/diagnostics.json").contains("\"buildErrors\":[]"),
                10)).isTrue();
    }

    @Test
    void anExceptionDuringARebuildIsReportedAndTheServerKeepsServing() throws Exception {
        failLoads.set(true);
        editFile("site.yaml", "Tributary Connector Catalog", "Tributary Broken");

        assertThat(awaitRebuildEvents(1)).as(terminal.toString()).isTrue();
        assertThat(terminal.toString()).contains("java.lang.IllegalStateException: template exploded");
        assertThat(client.fetchBody("/__site-gen/diagnostics.json")).contains("template exploded");
        assertThat(client.fetchBody("/")).contains("Tributary Connector Catalog");

        editFile("docs/integrations/sources/ledgerly.md", "build aging reports", "build neat aging reports");
        assertThat(awaitRebuildEvents(2)).isTrue();
        assertThat(client.fetchBody(LEDGERLY)).contains("build neat aging reports");

        failLoads.set(false);
        editFile("site.yaml", "Tributary Broken", "Tributary Mended");
        assertThat(awaitCondition(() -> client.fetchBody("/").contains("Tributary Mended"), 10)).isTrue();
        assertThat(awaitCondition(() -> !client.fetchBody("/__site-gen/diagnostics.json").contains("template exploded"),
                10)).isTrue();
    }

    @Test
    void anAddedDocRebuildsTheWholeSite() throws Exception {
        Files.writeString(root.resolve("docs/integrations/sources/ledgerly-faq.md"), "# Ledgerly FAQ\n\nAsk away.\n",
                StandardCharsets.UTF_8);

        assertThat(awaitRebuildEvents(1)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(0).data()).contains("\"full\":true");
        assertThat(client.fetchBody("/integrations/sources/ledgerly-faq/")).contains("Ask away.");
        assertThat(client.fetchBody("/sitemap.xml")).contains("integrations/sources/ledgerly-faq/");
    }

    @Test
    void answersHeadRefusesOtherMethodsAndServesFoldersWithTheirIndex() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI page = server.siteUri().resolve("integrations/sources/ledgerly/");
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(page).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(page).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(client.fetchBody("/integrations/sources/ledgerly/index.html")).isEqualTo(client.fetchBody(LEDGERLY));
        assertThat(server.siteUri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    private boolean awaitRebuildEvents(int count) throws InterruptedException {
        return awaitCondition(() -> rebuildEvents().size() >= count, 10);
    }

    private List<PreviewClient.Event> rebuildEvents() {
        return client.listEvents().stream().filter(e -> e.name().equals("rebuild")).toList();
    }

    private void editFile(String file, String from, String to) throws Exception {
        Path p = root.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
