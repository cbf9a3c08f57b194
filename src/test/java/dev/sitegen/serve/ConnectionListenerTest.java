package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The listener's limits with small values: stalled request heads are closed, the oldest of too many
 * is closed first, a full queue answers 503, a client that stops reading loses its connection and
 * frees the worker, and malformed or oversized heads get 400 and 431.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConnectionListenerTest {

    private static final String OK_REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    private ConnectionListener listener;
    private final List<Socket> sockets = new ArrayList<>();

    private void startListener(ServeLimits limits, ConnectionListener.Handler handler) throws IOException {
        listener = ConnectionListener.bindPort(0, limits);
        listener.start(handler);
    }

    private static ServeLimits limits(int workers, int queued, int pending, Duration headTimeout,
                                      Duration responseTimeout) {
        return new ServeLimits(workers, queued, pending, headTimeout, responseTimeout, 2);
    }

    private static void answerOk(Exchange exchange) throws IOException {
        exchange.sendText(200, "ok " + exchange.request().rawPath() + "\n");
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        listener.close();
    }

    private Socket connect(String partial) throws IOException {
        Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), listener.port());
        sockets.add(socket);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    /** True when the server closed the connection without answering. */
    private static boolean isClosedByServer(Socket socket) throws IOException {
        try (InputStream in = socket.getInputStream()) {
            return in.read() < 0;
        } catch (SocketException e) {
            return e.getMessage().contains("reset");
        }
    }

    @Test
    void aRequestHeadThatStopsArrivingIsClosedAfterTheHeadTimeout() throws IOException {
        startListener(limits(1, 1, 8, Duration.ofMillis(300), Duration.ofSeconds(5)), ConnectionListenerTest::answerOk);
        Socket stalled = connect("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");

        assertThat(isClosedByServer(stalled)).isTrue();
        assertThat(RawHttp.sendRaw(listener.port(), OK_REQUEST, false).text()).isEqualTo("ok /\n");
    }

    @Test
    void oneHeadTooManyClosesTheOldestPendingConnection() throws IOException {
        startListener(limits(1, 1, 3, Duration.ofSeconds(30), Duration.ofSeconds(5)), ConnectionListenerTest::answerOk);
        Socket oldest = connect("GET /a HTTP/1.1\r\n");
        for (int i = 0; i < 3; i++) {
            connect("GET /b HTTP/1.1\r\n");
        }

        assertThat(isClosedByServer(oldest)).isTrue();
        Socket newest = sockets.get(sockets.size() - 1);
        newest.getOutputStream().write("Host: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(RawHttp.readReply(newest.getInputStream(), false).text()).isEqualTo("ok /b\n");
    }

    @Test
    void aFullQueueAnswers503AndTheQueuedRequestsAreServedAfterwards() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        startListener(limits(1, 1, 8, Duration.ofSeconds(30), Duration.ofSeconds(30)), exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answerOk(exchange);
        });
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<RawHttp.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replies.add(clients.submit(() -> RawHttp.sendRaw(listener.port(), OK_REQUEST, false)));
            }
            RawHttp.Reply refused = null;
            while (refused == null) {
                for (Future<RawHttp.Reply> reply : replies) {
                    if (reply.isDone()) {
                        refused = reply.get();
                    }
                }
                Thread.sleep(10);
            }
            release.countDown();

            assertThat(refused.status()).isEqualTo(503);
            List<Integer> statuses = new ArrayList<>();
            for (Future<RawHttp.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 200, 503);
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void aClientThatStopsReadingLosesItsConnectionAndFreesTheWorker() throws IOException {
        byte[] huge = new byte[64 * 1024 * 1024];
        startListener(limits(1, 1, 8, Duration.ofSeconds(30), Duration.ofMillis(500)), exchange -> {
            if (exchange.request().rawPath().equals("/huge")) {
                exchange.send(200, "application/octet-stream", huge, Map.of());
            } else {
                answerOk(exchange);
            }
        });
        connect("GET /huge HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        assertThat(RawHttp.sendRaw(listener.port(), OK_REQUEST, false).text()).isEqualTo("ok /\n");
    }

    @Test
    void malformedAndOversizedHeadsAreRefused() throws IOException {
        startListener(limits(1, 4, 8, Duration.ofSeconds(30), Duration.ofSeconds(5)), ConnectionListenerTest::answerOk);
        int port = listener.port();

        for (String bad : List.of("GET http://evil.example/ HTTP/1.1\r\n\r\n", "GET / HTTP/2.0\r\n\r\n",
                "GET /a b HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "\r\n\r\n",
                "GET /\u00e9 HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n")) {
            assertThat(RawHttp.sendRaw(port, bad, false).status()).as(bad).isEqualTo(400);
        }
        String tooLong = "GET / HTTP/1.1\r\nX-Filler: " + "a".repeat(RequestHead.MAX_BYTES) + "\r\n\r\n";
        assertThat(RawHttp.sendRaw(port, tooLong, false).status()).isEqualTo(431);
        assertThat(RawHttp.sendRaw(port, "GET /lf HTTP/1.1\nHost: 127.0.0.1\n\n", false).text()).isEqualTo("ok /lf\n");
    }
}
