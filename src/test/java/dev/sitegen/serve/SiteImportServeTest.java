package dev.sitegen.serve;

import static dev.sitegen.serve.PreviewClient.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.testing.TestPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serve on a monorepo: a doc edit that makes an {@code @site/} import resolve shows the snippet at once. */
class SiteImportServeTest {

    private static final String PEBBLE_DOC = "docs/integrations/sources/pebble.md";

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(2);
    private final StringWriter terminal = new StringWriter();
    private Path root;
    private PreviewServer server;
    private PreviewClient client;

    @BeforeEach
    void startServer() throws Exception {
        root = tmp.resolve("repo");
        PreviewClient.copyTree(TestPaths.fixtureSite("monorepo-small"), root);
        server = PreviewServer.startServer(TestSites.loaderFor(root, workers),
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
    void importingASnippetAnotherDocUsesRebuildsOnlyThePage() throws Exception {
        assertThat(client.fetchBody("/integrations/sources/pebble/")).doesNotContain("your syncs keep their state");
        replaceImport("'@site/static/_upgrade_note.md'");

        assertThat(awaitCondition(() -> rebuildEvents().size() >= 1, 20)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(0).data()).contains("\"full\":false");
        assertThat(client.fetchBody("/integrations/sources/pebble/")).contains("your syncs keep their state");
    }

    @Test
    void importingASnippetNoDocUsedRebuildsTheSite() throws Exception {
        Files.writeString(root.resolve("docusaurus/static/_fresh.md"), "Freshly written steps.\n", StandardCharsets.UTF_8);
        // whatever the new file causes is over before the doc changes
        Thread.sleep(1_000);
        int before = rebuildEvents().size();
        replaceImport("'@site/static/_fresh.md'");

        assertThat(awaitCondition(() -> rebuildEvents().size() > before, 20)).as(terminal.toString()).isTrue();
        assertThat(rebuildEvents().get(before).data()).contains("\"full\":true");
        assertThat(fetchPebble()).contains("Freshly written steps.");
    }

    private void replaceImport(String source) throws Exception {
        Path doc = root.resolve(PEBBLE_DOC);
        Files.writeString(doc, Files.readString(doc, StandardCharsets.UTF_8)
                .replace("'@site/static/_setup_steps.md'", source), StandardCharsets.UTF_8);
    }

    private String fetchPebble() {
        try {
            return client.fetchBody("/integrations/sources/pebble/");
        } catch (Exception e) {
            return "";
        }
    }

    private List<PreviewClient.Event> rebuildEvents() {
        return client.listEvents().stream().filter(e -> e.name().equals("rebuild")).toList();
    }
}
