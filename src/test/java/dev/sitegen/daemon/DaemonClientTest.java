package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.daemon.RunningServer.Answer;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines bin/site-gen hands to the daemon, and what the caller makes of a broken answer. */
class DaemonClientTest {

    @Test
    void buildAndCheckGoToTheDaemon() {
        assertThat(DaemonClient.shouldRoute(new String[] {"build", "content"}, Map.of())).isTrue();
        assertThat(DaemonClient.shouldRoute(new String[] {"check", "--only", "x"}, Map.of("SITE_GEN_DAEMON", "on")))
                .isTrue();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("CI", ""))).isTrue();
    }

    @Test
    void otherCommandsNoDaemonOffAndCiRunInProcess() {
        assertThat(DaemonClient.shouldRoute(new String[0], Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"serve", "content"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"daemon", "status"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"--version"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"content", "build"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"build", "content", "--no-daemon"}, Map.of())).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("SITE_GEN_DAEMON", "off"))).isFalse();
        assertThat(DaemonClient.shouldRoute(new String[] {"check"}, Map.of("CI", "true"))).isFalse();
    }

    @Test
    void nothingListeningIsNotRunningSoTheCallerStartsOneOrRunsItself() {
        java.nio.file.Path missing = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "no-such-site-gen.sock");
        int code = DaemonClient.send(missing, new Request(Wire.STATUS, "x", "", Map.of(), java.util.List.of()),
                java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream());
        assertThat(code).isEqualTo(DaemonClient.NOT_RUNNING);
    }

    @TempDir
    Path tmp;

    @Test
    void anAnswerThatBreaksAfterOutputIsAnInternalErrorNeverARunHere() throws Exception {
        // a frame longer than the protocol allows (it must not be allocated), then an unknown frame kind
        for (byte[] breaking : List.of(frame(Wire.STDOUT, Integer.MAX_VALUE), new byte[] {'Z', 0, 0, 0, 1, 'x'})) {
            ByteArrayOutputStream answer = acceptedAnswer();
            answer.write(frame(Wire.STDOUT, 6));
            answer.write("hello\n".getBytes(StandardCharsets.UTF_8));
            answer.write(breaking);
            Answer got = sendTo(answer.toByteArray());
            // printed output cannot be taken back: a run in this process would print it twice
            assertThat(got.code()).isEqualTo(DaemonServer.INTERNAL_ERROR);
            assertThat(got.outText()).isEqualTo("hello\n");
            assertThat(got.errText()).contains("output ended before the command finished");
        }
    }

    @Test
    void anAnswerThatBreaksBeforeAnyOutputLeavesTheCommandToThisProcess() throws Exception {
        ByteArrayOutputStream answer = acceptedAnswer();
        answer.write(frame(Wire.STDERR, Integer.MAX_VALUE));
        Answer got = sendTo(answer.toByteArray());
        assertThat(got.code()).isEqualTo(DaemonClient.REFUSED);
        assertThat(got.out()).isEmpty();
        assertThat(got.err()).isEmpty();
    }

    private static ByteArrayOutputStream acceptedAnswer() throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(answer);
        Wire.writeHeader(out);
        out.writeByte(Wire.ACCEPTED);
        return answer;
    }

    private static byte[] frame(byte kind, int length) {
        return ByteBuffer.allocate(5).put(kind).putInt(length).array();
    }

    /** A fake daemon that reads one request, answers {@code answer}'s bytes and hangs up. */
    private Answer sendTo(byte[] answer) throws Exception {
        Path socket = tmp.resolve("fake.sock");
        Files.deleteIfExists(socket);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            CompletableFuture<Void> daemon = CompletableFuture.runAsync(() -> {
                try (SocketChannel caller = server.accept()) {
                    DataInputStream in = new DataInputStream(Channels.newInputStream(caller));
                    Wire.readHeader(in);
                    Request.readFrom(in);
                    caller.write(ByteBuffer.wrap(answer));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = DaemonClient.send(socket, new Request(Wire.RUN, "x", "/", Map.of(), List.of("check")), out, err);
            daemon.get(30, TimeUnit.SECONDS);
            return new Answer(code, out.toByteArray(), err.toByteArray());
        }
    }
}
