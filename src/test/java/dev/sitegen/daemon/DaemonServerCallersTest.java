package dev.sitegen.daemon;

import static dev.sitegen.daemon.DaemonServerTest.awaitQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.daemon.RunningServer.Answer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers that stall, leave or race a stop: none of them may hold the daemon up or lose an accepted command. */
class DaemonServerCallersTest {

    private static final Duration NEVER_IDLE = Duration.ofHours(1);

    @TempDir
    Path tmp;

    @Test
    void aCallerThatReadsNoOutputIsDroppedAndTheNextCommandRuns() throws Exception {
        CountDownLatch stalledDone = new CountDownLatch(1);
        CommandRunner runner = (args, folder, env, out, err) -> {
            if (args.get(0).equals("flood")) {
                // far beyond the socket's buffers: without a bound the write blocks for good, holding the daemon
                String line = "x".repeat(1000);
                for (int i = 0; i < 20_000; i++) {
                    out.println(line);
                }
                stalledDone.countDown();
                return 1;
            }
            out.println("next ran");
            return 0;
        };
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE);
                SocketChannel stalled = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.server.setCallerBounds(Duration.ofSeconds(30), Duration.ofMillis(50));
            stalled.connect(UnixDomainSocketAddress.of(server.socket.path()));
            sendRun(stalled, server, "flood"); // and never read the answer, like a pager nobody scrolls
            assertThat(stalledDone.await(60, TimeUnit.SECONDS)).isTrue();
            server.awaitServed(1);
            Answer next = server.run(List.of("next"), tmp, Map.of());
            assertThat(next.code()).isZero();
            assertThat(next.outText()).isEqualTo("next ran" + System.lineSeparator());
        }
    }

    @Test
    void aCallerGoneBeforeItsCommandStartsHasItSkipped() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch requestRead = new CountDownLatch(1);
        CountDownLatch callerClosed = new CountDownLatch(1);
        CommandRunner runner = (args, folder, env, out, err) -> {
            out.println("ran before: " + ran.getAndIncrement());
            return 0;
        };
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            server.server.setBeforeCommand(() -> {
                requestRead.countDown();
                awaitQuietly(callerClosed);
            });
            try (SocketChannel killed = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                killed.connect(UnixDomainSocketAddress.of(server.socket.path()));
                sendRun(killed, server, "killed");
                assertThat(requestRead.await(30, TimeUnit.SECONDS)).isTrue();
            }
            server.server.setBeforeCommand(() -> { });
            callerClosed.countDown();
            Answer next = server.run(List.of("next"), tmp, Map.of());
            assertThat(next.outText()).isEqualTo("ran before: 0" + System.lineSeparator());
            assertThat(server.askStatus().outText()).contains("commands served: 1");
        }
    }

    @Test
    void aStopAnswersTheCallersAlreadyAcceptedBeforeTheServerEnds() throws Exception {
        CountDownLatch requestRead = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> {
            events.add("command ran, socket " + (Files.exists(tmp.resolve("d.sock")) ? "still there" : "gone"));
            out.println("done");
            return 0;
        }, NEVER_IDLE);
        server.server.setBeforeCommand(() -> {
            requestRead.countDown();
            awaitQuietly(release);
        });
        CompletableFuture<Answer> accepted = CompletableFuture.supplyAsync(() -> server.run(List.of("check"), tmp,
                Map.of()));
        assertThat(requestRead.await(30, TimeUnit.SECONDS)).isTrue();
        Answer stop = server.send(new Request(Wire.STOP, server.socket.identity(), "", Map.of(), List.of()));
        assertThat(stop.code()).isZero();
        awaitListenerClosed(server.socket.path());
        release.countDown();
        Answer answer = accepted.get(30, TimeUnit.SECONDS);
        assertThat(server.awaitStop(30)).isEqualTo("asked to stop");
        assertThat(answer.code()).isZero();
        assertThat(answer.outText()).isEqualTo("done" + System.lineSeparator());
        assertThat(events).containsExactly("command ran, socket still there");
        assertThat(server.socket.path()).doesNotExist();
        server.close();
    }

    @Test
    void aCallerThatSendsNoRequestDoesNotKeepTheServerFromStopping() throws Exception {
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE);
        server.server.setCallerBounds(Duration.ofMillis(50), Duration.ofSeconds(30));
        try (SocketChannel silent = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.connect(UnixDomainSocketAddress.of(server.socket.path()));
            Answer stop = server.send(new Request(Wire.STOP, server.socket.identity(), "", Map.of(), List.of()));
            assertThat(stop.code()).isZero();
            assertThat(server.awaitStop(30)).isEqualTo("asked to stop");
            // given up on: its connection is closed
            assertThat(silent.read(java.nio.ByteBuffer.allocate(64))).isEqualTo(-1);
        }
        server.close();
    }

    @Test
    void isServingAsksWithTheSocketsIdentity() throws Exception {
        try (RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE)) {
            assertThat(DaemonClient.isServing(server.socket)).isTrue();
            assertThat(DaemonClient.isServing(new DaemonSocket(server.socket.path(), server.jar, "another")))
                    .isFalse();
        }
    }

    private static void sendRun(SocketChannel caller, RunningServer server, String arg) throws IOException {
        new Request(Wire.RUN, server.socket.identity(), server.jar.getParent().toString(), Map.of(), List.of(arg))
                .writeTo(new DataOutputStream(Channels.newOutputStream(caller)));
    }

    /** Until a connection is refused: the stop closed the listener (its socket file stays until it ends). */
    private static void awaitListenerClosed(Path socket) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(socket));
            } catch (IOException e) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server still listens at " + socket);
    }
}
