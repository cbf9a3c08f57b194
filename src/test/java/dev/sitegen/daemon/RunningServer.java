package dev.sitegen.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A {@link DaemonServer} serving a socket in a test's temp folder, on a thread of the test JVM. */
final class RunningServer implements AutoCloseable {

    /** What a caller got: exit code (or {@link DaemonClient}'s negative answers) and both streams' bytes. */
    record Answer(int code, byte[] out, byte[] err) {
        String outText() {
            return new String(out, java.nio.charset.StandardCharsets.UTF_8);
        }

        String errText() {
            return new String(err, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    final DaemonSocket socket;
    final DaemonServer server;
    final Path jar;
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<String> serving;

    private RunningServer(DaemonSocket socket, DaemonServer server, Path jar) {
        this.socket = socket;
        this.server = server;
        this.jar = jar;
        this.serving = thread.submit(server::serve);
    }

    /** The umask this JVM's identity has, as bin/site-gen would pass it (none in tests: "null"). */
    static final String UMASK = String.valueOf(System.getProperty("sitegen.umask"));
    /** The environment of the fake jar's daemon and of its callers. */
    static final Map<String, String> ENV = Map.of("TZ", "UTC");

    /** A server of a fake jar in {@code folder}; {@code knob} may shorten its idle timeout before it starts. */
    static RunningServer start(Path folder, CommandRunner runner, Duration idle) throws Exception {
        return start(folder, runner, idle, server -> { });
    }

    /** A server as above, {@code configure}d before it serves. */
    static RunningServer start(Path folder, CommandRunner runner, Duration idle,
            java.util.function.Consumer<DaemonServer> configure) throws Exception {
        Path jar = folder.resolve("fake-site-gen.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not really a jar");
        }
        Map<String, String> env = ENV;
        DaemonSocket socket = new DaemonSocket(folder.resolve("d.sock"), jar, DaemonSocket.describeIdentity(jar, env,
                System.getProperties()));
        DaemonServer server = new DaemonServer(socket, runner, env);
        server.setIdleTimeout(idle, Duration.ofMillis(20));
        configure.accept(server);
        RunningServer running = new RunningServer(socket, server, jar);
        running.awaitSocket();
        return running;
    }

    /** Until it accepts connections: the socket file appears at bind(2), a moment before listen(2). */
    private void awaitSocket() throws Exception {
        for (int i = 0; i < 1000; i++) {
            if (serving.isDone()) {
                serving.get(); // rethrows why it could not start
            }
            try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(socket.path()));
                return;
            } catch (IOException e) {
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("the server did not listen at " + socket.path());
    }

    Answer run(List<String> args, Path folder, Map<String, String> env) {
        return send(new Request(Wire.RUN, socket.identity(), folder.toString(), env, args));
    }

    Answer send(Request request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DaemonClient.send(socket.path(), request, out, err);
        return new Answer(code, out.toByteArray(), err.toByteArray());
    }

    Answer askStatus() {
        return send(new Request(Wire.STATUS, socket.identity(), "", Map.of(), List.of()));
    }

    /** Until status counts {@code commands} served: the last one has finished and the server is free again. */
    void awaitServed(int commands) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            if (askStatus().outText().contains("commands served: " + commands + "\n")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server did not count " + commands + " commands served");
    }

    /** Why {@link DaemonServer#serve} returned, waiting at most {@code seconds}. */
    String awaitStop(long seconds) throws InterruptedException, ExecutionException, TimeoutException {
        return serving.get(seconds, TimeUnit.SECONDS);
    }

    boolean isServing() {
        return !serving.isDone();
    }

    @Override
    public void close() throws IOException {
        server.stop("test over");
        try {
            serving.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("the server did not stop", e);
        } finally {
            thread.shutdownNow();
        }
    }
}
