package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check-external} against a local server on 127.0.0.1; no other network is used. */
class ExternalLinksTest {

    private static final String DOC = "docs/integrations/sources/x.md";
    private static final Instant NOW = Instant.parse("2025-08-15T12:00:00Z");

    static HttpServer server;
    static ExecutorService serverThreads;
    static String base;
    static final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();

    @TempDir
    Path tmp;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ExternalLinksTest::answer);
        serverThreads = Executors.newFixedThreadPool(8);
        server.setExecutor(serverThreads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private static void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        requests.add(method + " " + path);
        int code = switch (path) {
            case "/gone" -> 410;
            case "/missing", "/platform/moved" -> 404;
            case "/no-head" -> method.equals("HEAD") ? 405 : 200;
            case "/head-forbidden" -> method.equals("HEAD") ? 403 : 404;
            case "/error" -> 500;
            case "/slow" -> sleepThen(200);
            default -> 200;
        };
        ex.sendResponseHeaders(code, -1);
        ex.close();
    }

    private static int sleepThen(int code) {
        try {
            Thread.sleep(4_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return code;
    }

    private ExternalCheck check(Path cache, Instant now) {
        return new ExternalCheck(cache, Duration.ofDays(7), 4, Duration.ofSeconds(2), Duration.ofMillis(1_500),
                Duration.ofMillis(10), Clock.fixed(now, ZoneOffset.UTC), ExternalLinksTest::writeCache);
    }

    /** The cache as the build's output policy writes it, without the policy (this test plants no links). */
    private static void writeCache(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private TestSite site(String root, ExternalCheck check) {
        return new TestSite(root, Optional.empty(), Map.of(), Optional.of(check));
    }

    private static final String LINKS = """
            [ok](BASE/ok) [gone](BASE/gone) [missing](BASE/missing#frag)
            [no head](BASE/no-head) [forbidden head](BASE/head-forbidden)
            [error](BASE/error) [slow](BASE/slow)
            """;

    /** {@code DOC:line:col} of the first {@code text} in {@code md}. */
    private static String at(String md, String text) {
        String before = md.substring(0, md.indexOf(text));
        return DOC + ":" + (before.split("\n", -1).length) + ":" + (before.length() - before.lastIndexOf('\n'));
    }

    private List<String> verifyExternalLinks(ExternalCheck check) {
        return verifyExternalLinks(check, LINKS);
    }

    private List<String> verifyExternalLinks(ExternalCheck check, String links) {
        return site("https://docs.example.com/", check).doc(DOC, "integrations/sources/x", links.replace("BASE", base))
                .page("releases/index.html", "releases", "<a href=\"" + base + "/missing\">m</a>")
                .verifyBriefly();
    }

    @Test
    void reportsGoneAndMissingLinksAsWarningsWhereTheyAreWritten() {
        List<String> found = verifyExternalLinks(check(tmp.resolve("cache.json"), NOW));

        String md = LINKS.replace("BASE", base);
        assertThat(found).containsExactly(
                at(md, "[gone]") + " warning: link '" + base + "/gone' is broken: it returned HTTP 410",
                at(md, "[missing]") + " warning: link '" + base + "/missing#frag' is broken: it returned HTTP 404",
                at(md, "[forbidden head]") + " warning: link '" + base + "/head-forbidden' is broken: it returned HTTP 404",
                "themes/default/templates/releases.peb warning: on page releases/: link '" + base + "/missing' is broken: "
                        + "it returned HTTP 404");
        assertThat(requests).contains("HEAD /no-head", "GET /no-head", "HEAD /head-forbidden", "GET /head-forbidden");
        assertThat(requests).doesNotContain("GET /ok");
    }

    @Test
    void cachedResultsAreReusedUntilTheyExpire() throws IOException {
        Path cache = tmp.resolve("sub/link-cache.json");
        String links = LINKS.replace(" [slow](BASE/slow)", "");
        verifyExternalLinks(check(cache, NOW), links);
        requests.clear();

        List<String> again = verifyExternalLinks(check(cache, NOW.plus(Duration.ofDays(1))), links);

        assertThat(again).hasSize(4);
        assertThat(requests).containsExactly("HEAD /error");
        assertThat(Files.readString(cache)).contains("\"" + base + "/gone\"", "\"DEAD\"", "\"OK\"")
                .doesNotContain(base + "/error");

        requests.clear();
        verifyExternalLinks(check(cache, NOW.plus(Duration.ofDays(8))), links);
        assertThat(requests).contains("HEAD /ok", "HEAD /gone");
    }

    @Test
    void probingSettlesDocsLinksTheOutputCannotVerify() {
        String md = "[alive](BASE/platform/alive) and [moved](BASE/platform/moved)\n".replace("BASE", base);
        TestSite site = site(base + "/", check(tmp.resolve("cache.json"), NOW)).doc(DOC, "integrations/sources/x", md);

        assertThat(site.verifyBriefly()).containsExactly(at(md, "[moved]") + " warning: link '"
                + base + "/platform/moved' is broken: it returned HTTP 404");
    }

    @Test
    void hostsThatDoNotResolveAreDeadAndOtherFailuresUnknown() {
        HostThrottle throttle = new HostThrottle(Duration.ZERO);
        UrlProbe dns = new UrlProbe((uri, method) -> {
            throw new UnknownHostException(uri.getHost());
        }, throttle);
        UrlProbe jdkDns = new UrlProbe((uri, method) -> {
            throw (ConnectException) new ConnectException().initCause(new UnresolvedAddressException());
        }, throttle);
        UrlProbe refused = new UrlProbe((uri, method) -> {
            throw new ConnectException("Connection refused");
        }, throttle);

        assertThat(dns.probeUrl("https://no-such-host.invalid/x"))
                .isEqualTo(ProbeResult.dead("host 'no-such-host.invalid' does not resolve (DNS)"));
        assertThat(jdkDns.probeUrl("https://no-such-host.invalid/x").status()).isEqualTo(ProbeResult.Status.DEAD);
        assertThat(refused.probeUrl("https://example.invalid/").status()).isEqualTo(ProbeResult.Status.UNKNOWN);
    }

    @Test
    void requestsToOneHostAreSpacedByTheInterval() throws InterruptedException {
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(50));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            throttle.awaitTurn("a.example");
        }
        throttle.awaitTurn("b.example");

        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(190L, 2_000L);
    }
}
