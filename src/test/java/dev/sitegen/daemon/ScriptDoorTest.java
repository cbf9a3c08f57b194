package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.daemon.ScriptCaller.Answer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's loopback door for bin/site-gen's own client: the handshake, the request, the framed answer. */
class ScriptDoorTest {

    private static final Duration NEVER_IDLE = Duration.ofHours(1);
    private static final String NONCE = "00112233445566778899aabbccddeeff";

    @TempDir
    Path tmp;

    private final AtomicInteger commands = new AtomicInteger();

    private final CommandRunner runner = (args, folder, env, out, err) -> {
        commands.incrementAndGet();
        out.print("héllo ✓\n" + String.join("|", args) + "\n" + folder + "\n" + env.get("SITE_X") + "\n");
        err.print("warning: ünïcode\n");
        out.print("no newline at the end");
        return 3;
    };

    private RunningServer start(Duration handshakeBound) throws Exception {
        RunningServer server = RunningServer.start(tmp, runner, NEVER_IDLE, s -> s.setHandshakeBound(handshakeBound));
        for (int i = 0; i < 3000 && server.server.findPortFile().isEmpty(); i++) {
            Thread.sleep(10);
        }
        return server;
    }

    private static Map<String, String> callerEnv(String... more) {
        Map<String, String> env = new java.util.TreeMap<>(RunningServer.ENV);
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void aCallerThatKnowsTheSecretGetsTheCommandsBytesAndExitCode() throws Exception {
        try (RunningServer server = start(ScriptDoor.HANDSHAKE_BOUND)) {
            Path portFile = server.server.findPortFile().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile))).isEqualTo("rw-------");
            assertThat(portFile.getParent()).isEqualTo(server.socket.path().getParent());
            assertThat(Files.readAllLines(portFile).get(1)).matches("[0-9a-f]{64}");
            Path folder = Files.createDirectories(tmp.resolve("work folder"));

            Answer answer = ScriptCaller.run(portFile, server.jar, List.of("check", "a b", ""), folder,
                    RunningServer.UMASK, callerEnv("SITE_X", "line1\nline2 ünï"));

            assertThat(answer.verdict()).isEqualTo("A");
            assertThat(answer.code()).isEqualTo(3);
            assertThat(answer.out()).isEqualTo(("héllo ✓\ncheck|a b|\n" + folder + "\nline1\nline2 ünï\n"
                    + "no newline at the end").getBytes(StandardCharsets.UTF_8));
            assertThat(answer.err()).isEqualTo("warning: ünïcode\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(tmp.resolve("d.sock")).doesNotExist();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tcp"));
        }
    }

    @Test
    void aDaemonThatDoesNotKnowTheSecretIsToldApartByItsProof() throws Exception {
        try (RunningServer server = start(ScriptDoor.HANDSHAKE_BOUND);
                ScriptCaller caller = ScriptCaller.connect(server.server.findPortFile().orElseThrow())) {
            String[] line = caller.sendHello(NONCE).split(" ");
            assertThat(line[0]).isEqualTo(ScriptCaller.proof("server", NONCE, caller.secret))
                    .isNotEqualTo(ScriptCaller.proof("server", NONCE, "another secret"));
            assertThat(line[1]).matches("[0-9a-f]{32}").isNotEqualTo(NONCE);
        }
    }

    @Test
    void aCallerWithTheWrongSecretIsDroppedUnansweredAndRunsNothing() throws Exception {
        try (RunningServer server = start(ScriptDoor.HANDSHAKE_BOUND);
                ScriptCaller caller = ScriptCaller.connect(server.server.findPortFile().orElseThrow())) {
            String daemonNonce = caller.sendHello(NONCE).split(" ")[1];
            List<String> tokens = new ArrayList<>(List.of(ScriptCaller.proof("client", daemonNonce, "guessed")));
            tokens.addAll(ScriptCaller.describeRequest(server.jar, List.of("check"), tmp, RunningServer.UMASK,
                    callerEnv()));
            caller.sendTokens(tokens);
            assertThat(caller.readLine()).isNull();
            assertThat(commands).hasValue(0);
        }
    }

    @Test
    void aCallerThatAnswersAnotherNonceIsDropped() throws Exception {
        try (RunningServer server = start(ScriptDoor.HANDSHAKE_BOUND);
                ScriptCaller caller = ScriptCaller.connect(server.server.findPortFile().orElseThrow())) {
            caller.sendHello(NONCE);
            // the proof of its own nonce (or the server's proof replayed) is not the client's proof of the daemon's
            List<String> tokens = new ArrayList<>(List.of(ScriptCaller.proof("client", NONCE, caller.secret)));
            tokens.addAll(ScriptCaller.describeRequest(server.jar, List.of("check"), tmp, RunningServer.UMASK,
                    callerEnv()));
            caller.sendTokens(tokens);
            assertThat(caller.readLine()).isNull();
            assertThat(commands).hasValue(0);
        }
    }

    @Test
    void aSilentConnectionNeverHoldsUpARealCallerAndIsDroppedAfterTheBound() throws Exception {
        try (RunningServer server = start(Duration.ofMillis(500));
                Socket silent = new Socket(InetAddress.getByName("127.0.0.1"),
                        Integer.parseInt(Files.readAllLines(server.server.findPortFile().orElseThrow()).get(0)));
                ScriptCaller half = ScriptCaller.connect(server.server.findPortFile().orElseThrow())) {
            half.sendTokens(List.of("SGT1")); // a hello without its nonce: stuck mid-handshake
            Answer answer = ScriptCaller.run(server.server.findPortFile().orElseThrow(), server.jar, List.of("check"),
                    tmp, RunningServer.UMASK, callerEnv());
            assertThat(answer.code()).isEqualTo(3);
            silent.setSoTimeout(60_000);
            assertThat(silent.getInputStream().read()).isEqualTo(-1);
            assertThat(half.isClosedByDaemon()).isTrue();
            assertThat(commands).hasValue(1);
        }
    }

    @Test
    void aCallerThatDripsItsHandshakeIsDroppedAfterTheBoundInAll() throws Exception {
        try (RunningServer server = start(Duration.ofMillis(500));
                Socket drip = new Socket(InetAddress.getByName("127.0.0.1"),
                        Integer.parseInt(Files.readAllLines(server.server.findPortFile().orElseThrow()).get(0)))) {
            byte[] hello = ("SGT1\0" + NONCE + "\0").getBytes(StandardCharsets.US_ASCII);
            boolean dropped = false;
            // a byte each 100 ms never waits the bound for one read, and takes 3.8 s in all
            for (int i = 0; i < hello.length && !dropped; i++) {
                try {
                    drip.getOutputStream().write(hello[i]);
                    drip.getOutputStream().flush();
                } catch (java.io.IOException e) {
                    dropped = true;
                }
                Thread.sleep(100);
            }
            drip.setSoTimeout(60_000);
            if (!dropped) {
                try {
                    dropped = drip.getInputStream().read() < 0;
                } catch (java.io.IOException e) {
                    dropped = true; // reset: closed with our bytes unread
                }
            }
            assertThat(dropped).isTrue();
        }
    }

    @Test
    void aConnectionThatNeverAuthenticatesDoesNotKeepTheDaemonFromItsIdleStop() throws Exception {
        // its handshake may take minutes: only the daemon's idle timeout can end this test in time
        try (RunningServer server = RunningServer.start(tmp, runner, Duration.ofSeconds(1),
                s -> s.setHandshakeBound(Duration.ofMinutes(10)))) {
            for (int i = 0; i < 3000 && server.server.findPortFile().isEmpty(); i++) {
                Thread.sleep(10);
            }
            Path portFile = server.server.findPortFile().orElseThrow();
            try (ScriptCaller silent = ScriptCaller.connect(portFile)) {
                silent.sendTokens(List.of("SGT1"));
                assertThat(server.awaitStop(120)).startsWith("idle for");
                assertThat(commands).hasValue(0);
            }
        }
    }

    @Test
    void atMostSixtyFourHandshakesAtOnceTheNextConnectionIsClosed() throws Exception {
        List<Socket> silent = new ArrayList<>();
        try (RunningServer server = start(Duration.ofMinutes(10))) {
            Path portFile = server.server.findPortFile().orElseThrow();
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0));
            for (int i = 0; i < ScriptDoor.MAX_HANDSHAKES; i++) {
                silent.add(new Socket(InetAddress.getByName("127.0.0.1"), port));
            }
            try (ScriptCaller extra = ScriptCaller.connect(portFile)) {
                assertThat(extra.isClosedByDaemon()).isTrue();
            }
            // one handshake ends (its caller went away): a real caller gets through again
            silent.remove(0).close();
            Answer answer = null;
            for (int i = 0; i < 3000 && answer == null; i++) {
                try {
                    answer = ScriptCaller.run(portFile, server.jar, List.of("check"), tmp, RunningServer.UMASK,
                            callerEnv());
                } catch (java.io.IOException | RuntimeException e) {
                    Thread.sleep(10); // closed at once: the slot is not free yet
                }
            }
            assertThat(answer).isNotNull();
            assertThat(answer.code()).isEqualTo(3);
        } finally {
            for (Socket s : silent) {
                s.close();
            }
        }
    }

    @Test
    void anotherIdentityIsRefusedAndRunsNothing() throws Exception {
        try (RunningServer server = start(ScriptDoor.HANDSHAKE_BOUND)) {
            Path portFile = server.server.findPortFile().orElseThrow();
            Answer umask = ScriptCaller.run(portFile, server.jar, List.of("check"), tmp, "0077", callerEnv());
            Answer locale = ScriptCaller.run(portFile, server.jar, List.of("check"), tmp, RunningServer.UMASK,
                    callerEnv("LANG", "de_DE.UTF-8"));
            // Java takes user.language and user.country from LC_MESSAGES
            Answer messages = ScriptCaller.run(portFile, server.jar, List.of("check"), tmp, RunningServer.UMASK,
                    callerEnv("LC_MESSAGES", "tr_TR.UTF-8"));
            Answer notRouted = ScriptCaller.run(portFile, server.jar, List.of("check", "--no-daemon"), tmp,
                    RunningServer.UMASK, callerEnv());
            assertThat(umask.verdict()).startsWith("N another site-gen");
            assertThat(locale.verdict()).startsWith("N another site-gen");
            assertThat(messages.verdict()).startsWith("N another site-gen");
            assertThat(notRouted.verdict()).startsWith("N ");
            assertThat(List.of(umask.code(), locale.code(), messages.code(), notRouted.code())).containsOnly(-1);
            assertThat(commands).hasValue(0);
        }
    }

    @Test
    void manyLinesArriveInFewFrames() throws Exception {
        CommandRunner lines = (args, folder, env, out, err) -> {
            for (int i = 0; i < 10_000; i++) {
                out.println("line " + i);
            }
            return 0;
        };
        try (RunningServer server = RunningServer.start(tmp, lines, NEVER_IDLE)) {
            for (int i = 0; i < 3000 && server.server.findPortFile().isEmpty(); i++) {
                Thread.sleep(10);
            }
            Answer answer = ScriptCaller.run(server.server.findPortFile().orElseThrow(), server.jar, List.of("build"),
                    tmp, RunningServer.UMASK, callerEnv());
            assertThat(answer.code()).isZero();
            assertThat(answer.outText().lines()).hasSize(10_000).startsWith("line 0").endsWith("line 9999");
            // bash starts a process per frame: a frame per line would cost a process per line
            assertThat(answer.frames()).isLessThan(1000);
        }
    }

    @Test
    void thePortFileIsNamedFromWhatTheScriptKnows() {
        String key = PortFile.describeKey("/p/site-gen.jar", "0022", "/usr/bin/java", Map.of("LANG", "C.UTF-8"));
        assertThat(key).isEqualTo("site-gen tcp 1\n/p/site-gen.jar\n0022\n/usr/bin/java\nTZ\nLANG=C.UTF-8\nLC_ALL\n"
                + "LC_CTYPE\nLC_MESSAGES\nSITE_GEN_JAVA_OPTS\nJAVA_TOOL_OPTIONS\nJDK_JAVA_OPTIONS\n_JAVA_OPTIONS\n");
        assertThat(PortFile.locate(Path.of("/run"), key).getFileName().toString()).matches("[0-9a-f]{16}\\.tcp");
    }
}
