package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.daemon.RunningServer.Answer;
import java.io.DataOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's server in this JVM, on a socket in a temp folder, with fake commands. */
class DaemonServerTest {

    private static final Duration NEVER_IDLE = Duration.ofHours(1);

    @TempDir
    Path tmp;

    @Test
    void aCommandsStdoutStderrAndExitCodeArriveByteForByte() throws Exception {
        String big = "x".repeat(20_000);
        CommandRunner runner = (args, folder, env, out, err) -> {
            out.print("héllo ✓\n");
            err.print("warning: ünïcode");
            out.print(big);
            err.println();
            out.print("no newline at the end");
            return 3;
        };
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            Answer answer = server.run(List.of("check"), tmp, Map.of());
            assertThat(answer.code()).isEqualTo(3);
            assertThat(answer.out()).isEqualTo(("héllo ✓\n" + big + "no newline at the end")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(answer.err()).isEqualTo(("warning: ünïcode" + System.lineSeparator())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCallersArgumentsFolderAndEnvironmentReachTheCommand() throws Exception {
        CommandRunner runner = (args, folder, env, out, err) -> {
            out.println(String.join("|", args));
            out.println(folder);
            out.println(env.get("SITE_X") + " " + env.get("LANG") + " " + env.size());
            return 0;
        };
        Path folder = Files.createDirectories(tmp.resolve("work folder"));
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            Answer answer = server.run(List.of("build", "content", "--out", "a b", ""), folder,
                    Map.of("SITE_X", "ünï=1", "LANG", "C"));
            assertThat(answer.code()).isZero();
            assertThat(answer.outText().lines()).containsExactly("build|content|--out|a b|", folder.toString(),
                    "ünï=1 C 2");
        }
    }

    @Test
    void aThrowingCommandExitsAsItsOwnJvmWouldAndTheServerGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CommandRunner runner = (args, folder, env, out, err) -> {
            if (calls.incrementAndGet() == 1) {
                out.println("partial");
                throw new IllegalStateException("a bug");
            }
            out.println("fine");
            return 0;
        };
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            Answer failed = server.run(List.of("check"), tmp, Map.of());
            // a command that throws in its own process ends the JVM's main thread: exit code 1, trace on stderr
            assertThat(failed.code()).isEqualTo(1);
            assertThat(failed.outText()).isEqualTo("partial" + System.lineSeparator());
            assertThat(failed.errText()).contains("internal error", "IllegalStateException: a bug", "\tat ");
            Answer next = server.run(List.of("check"), tmp, Map.of());
            assertThat(next.code()).isZero();
            assertThat(next.outText()).isEqualTo("fine" + System.lineSeparator());
            assertThat(server.askStatus().outText()).contains("commands served: 2");
        }
    }

    @Test
    void anErrorInACommandIsAnsweredThenStopsTheServer() throws Exception {
        CommandRunner runner = (args, folder, env, out, err) -> {
            out.println("partial");
            throw new StackOverflowError("deep");
        };
        RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE);
        Answer failed = server.run(List.of("check"), tmp, Map.of());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.outText()).isEqualTo("partial" + System.lineSeparator());
        assertThat(failed.errText()).contains("internal error", "it stops", "StackOverflowError: deep");
        assertThat(server.awaitStop(30)).contains("StackOverflowError");
        assertThat(server.socket.path()).doesNotExist();
        server.close();
    }

    @Test
    void aCallerThatGoesAwayMidRunLetsTheCommandFinishAndTheServerGoOn() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch callerGone = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        CommandRunner runner = (args, folder, env, out, err) -> {
            if (args.get(0).equals("slow")) {
                out.println("started");
                started.countDown();
                awaitQuietly(callerGone);
                for (int i = 0; i < 10_000; i++) {
                    out.println("line " + i + " nobody reads");
                }
                finished.incrementAndGet();
                return 1;
            }
            out.println("finished before: " + finished.get());
            return 0;
        };
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            try (SocketChannel caller = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                caller.connect(UnixDomainSocketAddress.of(server.socket.path()));
                DataOutputStream out = new DataOutputStream(Channels.newOutputStream(caller));
                new Request(Wire.RUN, server.socket.identity(), tmp.toString(), Map.of(), List.of("slow")).writeTo(out);
                assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            }
            callerGone.countDown();
            server.awaitServed(1); // the gone caller's command finished: the next one is not refused busy
            Answer next = server.run(List.of("quick"), tmp, Map.of());
            assertThat(next.outText()).isEqualTo("finished before: 1" + System.lineSeparator());
            assertThat(server.isServing()).isTrue();
        }
    }

    @Test
    void oneCommandRunsAtATimeACallerMeanwhileIsRefusedBusyAndStatusIsAnswered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        CommandRunner runner = (args, folder, env, out, err) -> {
            order.add("start " + args.get(0));
            if (args.get(0).equals("first")) {
                firstRunning.countDown();
                awaitQuietly(release);
            }
            order.add("end " + args.get(0));
            return 0;
        };
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE)) {
            Future<Answer> first = callers.submit(() -> server.run(List.of("first"), tmp, Map.of()));
            assertThat(firstRunning.await(30, TimeUnit.SECONDS)).isTrue();
            // refused, not queued: the caller runs it in its own process (a daemon that waited could wait forever)
            Answer second = callers.submit(() -> server.run(List.of("second"), tmp, Map.of()))
                    .get(30, TimeUnit.SECONDS);
            assertThat(second.code()).isEqualTo(DaemonClient.REFUSED);
            assertThat(second.out()).isEmpty();
            Answer status = server.askStatus();
            assertThat(status.code()).isZero();
            assertThat(status.outText()).contains("pid: " + ProcessHandle.current().pid(), "commands served: 0",
                    "socket: " + server.socket.path(), "jar: " + server.jar);
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).code()).isZero();
            server.awaitServed(1);
            assertThat(server.run(List.of("third"), tmp, Map.of()).code()).isZero();
            assertThat(order).containsExactly("start first", "end first", "start third", "end third");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void stopEndsTheServerAndRemovesItsSocket() throws Exception {
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE);
        Answer answer = server.send(new Request(Wire.STOP, server.socket.identity(), "", Map.of(), List.of()));
        assertThat(answer.code()).isZero();
        assertThat(answer.outText()).startsWith("site-gen: stopping the background process (pid ");
        assertThat(server.awaitStop(30)).isEqualTo("asked to stop");
        assertThat(server.socket.path()).doesNotExist();
        assertThat(server.askStatus().code()).isEqualTo(DaemonClient.NOT_RUNNING);
        server.close();
    }

    @Test
    void anIdleServerStopsByItself() throws Exception {
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, Duration.ofMillis(200));
        assertThat(server.run(List.of("check"), tmp, Map.of()).code()).isZero();
        assertThat(server.awaitStop(30)).startsWith("idle for");
        assertThat(server.socket.path()).doesNotExist();
        server.close();
    }

    @Test
    void aRebuiltJarStopsTheServerAndItsCallersRunTheCommandThemselves() throws Exception {
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE);
        Files.writeString(server.jar, "a rebuilt jar, longer than before");
        Files.setLastModifiedTime(server.jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(server.run(List.of("check"), tmp, Map.of()).code()).isEqualTo(DaemonClient.REFUSED);
        assertThat(server.awaitStop(30)).contains("changed");
        server.close();
    }

    @Test
    void aRemovedSocketStopsTheServer() throws Exception {
        RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE);
        Files.delete(server.socket.path());
        assertThat(server.awaitStop(30)).contains("gone or replaced");
        server.close();
    }

    @Test
    void anotherSiteGensCallerIsRefused() throws Exception {
        try (RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE)) {
            Answer answer = server.send(new Request(Wire.RUN, "another identity", tmp.toString(), Map.of(),
                    List.of("check")));
            assertThat(answer.code()).isEqualTo(DaemonClient.REFUSED);
            assertThat(answer.out()).isEmpty();
            assertThat(server.run(List.of("check"), tmp, Map.of()).code()).isZero();
        }
    }

    @Test
    void aSecondServerOfTheSameSocketDoesNotStart() throws Exception {
        try (RunningServer server = RunningServer.start(tmp, (args, folder, env, out, err) -> 0, NEVER_IDLE)) {
            DaemonServer second = new DaemonServer(server.socket, (args, folder, env, out, err) -> 1, Map.of("TZ", "UTC"));
            assertThat(second.serve()).isEmpty();
            assertThat(server.run(List.of("check"), tmp, Map.of()).code()).isZero();
        }
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
