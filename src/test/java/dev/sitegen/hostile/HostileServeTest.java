package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteReader;
import dev.sitegen.serve.PreviewClient;
import dev.sitegen.serve.PreviewServer;
import dev.sitegen.serve.PreviewSettings;
import dev.sitegen.testing.RawHttp;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page must not reach {@code serve} through DNS rebinding (a name of its own that resolves to
 * 127.0.0.1 sends its own {@code Host}) or a cross-origin request, and no client may exhaust its
 * threads by opening connections and never finishing the request; HEAD tells the GET's length.
 * Requests go over raw sockets because HTTP clients refuse to send a foreign {@code Host}.
 */
class HostileServeTest {

    private static final String PAGE = "/integrations/sources/ledgerly/";
    private static final String DIAGNOSTICS = "/__site-gen/diagnostics.json";
    private static final String EVENTS = "/__site-gen/events";
    private static final List<String> PATHS = List.of("/", PAGE, DIAGNOSTICS, EVENTS, "/__site-gen/live.js",
            "/api/registry.json", "/no-such-page/");
    /** The request workers, the accept, timeout and ping threads, and room for the JVM's own: not 300. */
    private static final int THREAD_BOUND = 24;

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(2);
    private PreviewServer server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        Path root = tmp.resolve("content");
        PreviewClient.copyTree(TestPaths.contentDir(), root);
        PreviewSettings settings = new PreviewSettings(0, "/", LocalDate.of(2026, 11, 21));
        server = PreviewServer.startServer(() -> loadSite(root), settings, workers,
                new PrintWriter(new StringWriter(), true));
        port = server.port();
    }

    private Site loadSite(Path root) throws ConfigException, IOException {
        return SiteReader.readSite(SiteLayout.detect(root), workers);
    }

    @AfterEach
    void stopServer() {
        server.close();
        workers.close();
    }

    @Test
    void answersOnlyItsOwnHost() {
        List<String> foreign = List.of("evil.example", "evil.example:" + port, "127.0.0.1", "localhost",
                "127.0.0.1:" + (port + 1), "localhost.evil.example:" + port, "127.0.0.1:" + port + ".evil.example",
                "[::1]:" + port, "");
        for (String path : PATHS) {
            for (String host : foreign) {
                assertRefused(RawHttp.get(port, path, host), path + " Host: " + host);
            }
            assertRefused(RawHttp.send(port, "GET", path), path + " without Host");
            assertRefused(RawHttp.sendRaw(port, "GET " + path + " HTTP/1.0\r\n\r\n", false), path + " HTTP/1.0");
            assertRefused(RawHttp.send(port, "GET", path, "Host: 127.0.0.1:" + port, "Host: evil.example"),
                    path + " two Hosts");
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port)) {
            assertThat(RawHttp.get(port, PAGE, host).status()).as(host).isEqualTo(200);
            RawHttp.Reply diagnostics = RawHttp.get(port, DIAGNOSTICS, host);
            assertThat(diagnostics.status()).as(host).isEqualTo(200);
            assertThat(diagnostics.text()).as(host).contains("\"diagnostics\":");
            RawHttp.Reply events = RawHttp.get(port, EVENTS, host);
            assertThat(events.status()).as(host).isEqualTo(200);
            assertThat(events.findHeader("Content-Type")).as(host).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/event-stream"));
        }
    }

    @Test
    void refusesCrossOriginRequests() {
        String host = "Host: 127.0.0.1:" + port;
        for (String path : List.of(DIAGNOSTICS, EVENTS, PAGE)) {
            for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + (port + 1),
                    "https://127.0.0.1:" + port, "http://127.0.0.1:" + port + ".evil.example")) {
                assertRefused(RawHttp.send(port, "GET", path, host, "Origin: " + origin), path + " Origin: " + origin);
            }
            for (String origin : List.of("http://127.0.0.1:" + port, "http://localhost:" + port)) {
                assertThat(RawHttp.send(port, "GET", path, host, "Origin: " + origin).status())
                        .as(path + " Origin: " + origin).isEqualTo(200);
            }
        }
    }

    private static void assertRefused(RawHttp.Reply reply, String what) {
        assertThat(reply.status()).as(what).isEqualTo(403);
        assertThat(reply.findHeader("Content-Type")).as(what).hasValue("text/plain; charset=utf-8");
        assertThat(reply.text()).as(what).startsWith("forbidden").doesNotContain("\"diagnostics\"")
                .doesNotContain("<html").doesNotContain("event:");
    }

    @Test
    void headAnnouncesTheLengthGetSends() {
        String host = "Host: 127.0.0.1:" + port;
        for (String path : List.of(PAGE, "/api/registry.json", DIAGNOSTICS, "/__site-gen/live.js", "/no-such-page/",
                "/assets/style.css")) {
            RawHttp.Reply get = RawHttp.send(port, "GET", path, host);
            RawHttp.Reply head = RawHttp.send(port, "HEAD", path, host);
            assertThat(get.body()).as(path).isNotEmpty();
            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.findHeader("Content-Length")).as(path).hasValue(String.valueOf(get.body().length));
            assertThat(head.findHeader("Content-Type")).as(path).isEqualTo(get.findHeader("Content-Type"));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void halfOpenConnectionsNeitherMultiplyThreadsNorStopPages() throws IOException {
        int before = ManagementFactory.getThreadMXBean().getThreadCount();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
                stalled.add(socket);
                socket.getOutputStream().write(("GET " + PAGE + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            }
            RawHttp.Reply page = RawHttp.get(port, PAGE, "127.0.0.1:" + port);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("Ledgerly");
            assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(before + THREAD_BOUND);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eventStreamsAreCappedAndPagesStillAnswer() throws IOException {
        List<Socket> streams = new ArrayList<>();
        int refused = 0;
        try {
            while (streams.size() < 100 && refused == 0) {
                Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port);
                streams.add(socket);
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("GET " + EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                RawHttp.Reply reply = RawHttp.readReply(socket.getInputStream(), false);
                assertThat(reply.status()).isIn(200, 503);
                refused += reply.status() == 503 ? 1 : 0;
            }

            assertThat(refused).as("streams opened before one was refused: " + streams.size()).isEqualTo(1);
            assertThat(streams.size()).isGreaterThan(4);
            assertThat(RawHttp.get(port, PAGE, "127.0.0.1:" + port).status()).isEqualTo(200);
        } finally {
            for (Socket socket : streams) {
                socket.close();
            }
        }
    }
}
