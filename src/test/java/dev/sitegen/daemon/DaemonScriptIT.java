package dev.sitegen.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through {@code bin/site-gen} and {@code target/site-gen.jar}, so it runs in the integration-test
 * phase, after {@code package} (skipped without a jar that has the daemon): a daemon on a socket folder in a
 * temp folder ({@code XDG_RUNTIME_DIR}) answers builds and checks exactly as a run in the caller's process.
 */
class DaemonScriptIT {

    private static final Pattern PID = Pattern.compile("pid: (\\d+)");

    @TempDir
    Path tmp;

    private Path script;

    /** What the script printed and returned. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void requireJar() throws IOException {
        Path project = TestPaths.projectDir();
        Path jar = project.resolve("target/site-gen.jar");
        assumeTrue(Files.isRegularFile(jar), "no target/site-gen.jar: runs after `mvn package`");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assumeTrue(zip.getEntry("dev/sitegen/daemon/DaemonClient.class") != null, "the jar predates the daemon");
        }
        script = project.resolve("bin/site-gen");
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (script == null) {
            return;
        }
        Optional<Long> pid = findDaemonPid();
        Run stop = runScript("daemon", "stop");
        assertThat(stop.code()).isZero();
        if (pid.isPresent()) {
            Optional<ProcessHandle> daemon = ProcessHandle.of(pid.get());
            if (daemon.isPresent()) {
                daemon.get().onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void buildsThroughTheDaemonEqualABuildInTheCallersProcess() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.contentDir(), site);
        Run first = runScript("build", site.toString(), "--out", tmp.resolve("out1").toString(), "--as-of", "2026-01-01");
        Run second = runScript("build", site.toString(), "--out", tmp.resolve("out2").toString(), "--as-of", "2026-01-01");
        Run here = runScript("build", site.toString(), "--out", tmp.resolve("out3").toString(), "--as-of", "2026-01-01",
                "--no-daemon");

        assertThat(List.of(first.code(), second.code(), here.code())).containsOnly(0);
        assertThat(first.err()).startsWith(DaemonClient.NOTICE + "\n");
        assertThat(second.err()).doesNotContain(DaemonClient.NOTICE);
        assertThat(first.out()).isNotEmpty().isEqualTo(second.out()).isEqualTo(here.out());
        assertThat(normalize(first.err().substring(DaemonClient.NOTICE.length() + 1))).isEqualTo(normalize(here.err()))
                .isEqualTo(normalize(second.err()));
        assertThat(SiteTrees.readTree(tmp.resolve("out1"))).isNotEmpty()
                .containsExactlyEntriesOf(SiteTrees.readTree(tmp.resolve("out3")));
        assertThat(SiteTrees.readTree(tmp.resolve("out2"))).containsExactlyEntriesOf(SiteTrees.readTree(tmp.resolve("out3")));
        // the second build went through the script's own client: no JVM started for it
        assertThat(runScript("daemon", "status").out()).contains("commands served: 2", "socket: " + tmp,
                "by bin/site-gen's own client (no JVM): 1");
    }

    @Test
    void aCheckWithAnErrorExitsOneThroughTheDaemonWithTheSameReport() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        Run daemon = runScript("check", site.toString());
        Run again = runScript("check", site.toString());
        Run here = runScript("check", site.toString(), "--no-daemon");

        assertThat(here.code()).isEqualTo(1);
        assertThat(daemon.code()).isEqualTo(1);
        assertThat(again.code()).isEqualTo(1);
        assertThat(here.out()).contains("error[metadata-invalid]");
        assertThat(daemon.out()).isEqualTo(here.out()).isEqualTo(again.out());
        assertThat(normalize(again.err())).isEqualTo(normalize(here.err()));
        assertThat(daemon.err()).startsWith(DaemonClient.NOTICE + "\n");
        assertThat(runScript("daemon", "status").out()).contains("by bin/site-gen's own client (no JVM): 1");
        // CI and SITE_GEN_DAEMON=off keep the command in its own process, the script's client too
        Run ci = runArgv(List.of(script.toString(), "check", site.toString()), Map.of("CI", "true"));
        Run off = runArgv(List.of(script.toString(), "check", site.toString()), Map.of("SITE_GEN_DAEMON", "off"));
        assertThat(List.of(ci.code(), off.code())).containsOnly(1);
        assertThat(ci.out()).isEqualTo(here.out()).isEqualTo(off.out());
        assertThat(runScript("daemon", "status").out()).contains("commands served: 2",
                "by bin/site-gen's own client (no JVM): 1");
    }

    @Test
    void aCallerWhoseReaderIsGoneEndsAsAPipelinesWriterDoes() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        runScript("check", site.toString()); // starts the daemon
        // `true` has exited long before the handshake is done: the first frame written meets a pipe with no reader
        Run piped = runArgv(List.of("bash", "-c", "\"$0\" check \"$1\" | true; echo \"status ${PIPESTATUS[0]}\"",
                script.toString(), site.toString()));

        assertThat(piped.out()).isEqualTo("status 141\n");
        assertThat(piped.err()).isEmpty();
        assertThat(runScript("daemon", "status").out()).contains("by bin/site-gen's own client (no JVM): 1");
    }

    @Test
    void aStalePortFileWithNothingListeningFallsBackToTheJvm() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        Run here = runScript("check", site.toString(), "--no-daemon");
        runScript("check", site.toString());
        Path portFile = findPortFile();
        killDaemon();
        assertThat(portFile).exists();

        Run after = runScript("check", site.toString());
        assertThat(after.code()).isEqualTo(1);
        assertThat(after.out()).isEqualTo(here.out());
        // the JVM started a new daemon (the killed one's socket and port file are replaced)
        assertThat(after.err()).startsWith(DaemonClient.NOTICE + "\n");
        assertThat(runScript("check", site.toString()).out()).isEqualTo(here.out());
        assertThat(runScript("daemon", "status").out()).contains("commands served: 2",
                "by bin/site-gen's own client (no JVM): 1");
    }

    @Test
    void aProcessOnTheDaemonsPortThatKnowsNoSecretNeverReadsTheRequest() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        Run here = runScript("check", site.toString(), "--no-daemon");
        runScript("check", site.toString());
        Path portFile = findPortFile();
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0));
        killDaemon();
        // the killed daemon's pid taken by another process: the script connects and must tell it apart
        rewritePid(portFile, ProcessHandle.current().pid());
        try (ServerSocket fake = new ServerSocket()) {
            fake.setReuseAddress(true);
            fake.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> readAsAnImpostor(fake));
            Run run = runArgv(List.of(script.toString(), "check", site.toString(), "--only", "source-secret-arg"),
                    Map.of("SITE_GEN_TEST_SECRET", "s3cr3t-value"));
            // it knows no secret: all it got is the hello and a nonce, then the end
            assertThat(read.get(60, TimeUnit.SECONDS)).matches("SGT1\0[0-9a-f]{32}\0");
            Run again = runScript("check", site.toString(), "--only", "source-secret-arg", "--no-daemon");
            assertThat(run.code()).isEqualTo(again.code());
            assertThat(run.out()).isEqualTo(again.out());
            assertThat(run.err()).startsWith(DaemonClient.NOTICE + "\n");
        }
        assertThat(here.code()).isEqualTo(1);
    }

    @Test
    void aPortFileWhoseDaemonIsGoneIsNotEvenConnectedTo() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        runScript("check", site.toString());
        Path portFile = findPortFile();
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0));
        killDaemon();
        try (ServerSocketChannel fake = ServerSocketChannel.open()) {
            fake.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            fake.configureBlocking(false);
            Run run = runScript("check", site.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).startsWith(DaemonClient.NOTICE + "\n");
            // the script has exited: a connection it made would be waiting here
            assertThat(fake.accept()).isNull();
        }
    }

    @Test
    void onceTheDaemonAcceptedTheCommandTheScriptNeverRunsItAgain() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        runScript("check", site.toString());
        Path portFile = findPortFile();
        List<String> lines = Files.readAllLines(portFile);
        killDaemon();
        rewritePid(portFile, ProcessHandle.current().pid());
        // a daemon (it knows the secret) that exits -1, then one whose answer breaks off before any output
        for (String answer : List.of("A\nX -1\n", "A\n")) {
            try (ServerSocket fake = new ServerSocket()) {
                fake.setReuseAddress(true);
                fake.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), Integer.parseInt(lines.get(0))));
                CompletableFuture<Request> served = CompletableFuture.supplyAsync(
                        () -> answerAsDaemon(fake, lines.get(1), answer));
                // names the script's own variables have, and one bash cannot import: all reach the daemon as java
                Run run = runArgv(List.of(script.toString(), "check", site.toString()),
                        Map.of("secret", "the caller's", "port", "its own", "my-var", "kept"));
                Request request = served.get(60, TimeUnit.SECONDS);
                assertThat(request.args()).containsExactly("check", site.toString());
                assertThat(request.environment()).containsEntry("secret", "the caller's")
                        .containsEntry("port", "its own").containsEntry("my-var", "kept");
                assertThat(run.out()).isEmpty();
                if (answer.contains("X")) {
                    assertThat(run.code()).isEqualTo(255);
                    assertThat(run.err()).isEmpty();
                } else {
                    assertThat(run.code()).isEqualTo(70);
                    assertThat(run.err()).startsWith("site-gen: the background process's output ended");
                }
            }
        }
    }

    @Test
    void aNonAsciiArgumentInTheCLocaleIsReadAsTheJvmReadsIt() throws Exception {
        Path site = tmp.resolve("sit\u00e9");
        SiteTrees.copyTree(TestPaths.fixtureSite("check-and-link-errors"), site);
        Map<String, String> c = Map.of("LC_ALL", "C");
        try {
            Run here = runArgv(List.of(script.toString(), "check", site.toString(), "--no-daemon"), c);
            Run first = runArgv(List.of(script.toString(), "check", site.toString()), c);
            Run again = runArgv(List.of(script.toString(), "check", site.toString()), c);
            // the C locale's JVM cannot name the folder: neither can the daemon, whichever client asked
            assertThat(here.code()).isNotEqualTo(1);
            assertThat(List.of(first.code(), again.code())).containsOnly(here.code());
            assertThat(again.out()).isEqualTo(here.out());
            assertThat(runArgv(List.of(script.toString(), "daemon", "status"), c).out()).contains("(no JVM): 1");
        } finally {
            assertThat(runArgv(List.of(script.toString(), "daemon", "stop"), c).code()).isZero();
        }
    }

    private static void rewritePid(Path portFile, long pid) throws IOException {
        List<String> lines = Files.readAllLines(portFile);
        Files.writeString(portFile, lines.get(0) + "\n" + lines.get(1) + "\n" + pid + "\n");
    }

    /** Accepts one connection, proves the secret as the daemon does, reads the request, sends {@code answer}. */
    private static Request answerAsDaemon(ServerSocket fake, String secret, String answer) {
        try (Socket caller = fake.accept()) {
            caller.setSoTimeout(60_000);
            java.io.InputStream in = new java.io.BufferedInputStream(caller.getInputStream());
            ScriptWire.readShortToken(in);
            String nonce = ScriptWire.readShortToken(in);
            String ours = "1".repeat(32);
            caller.getOutputStream().write((ScriptWire.proveServer(secret, nonce) + " " + ours + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(ScriptWire.readShortToken(in)).isEqualTo(ScriptWire.proveClient(secret, ours));
            Request request = ScriptWire.readRequest(in, Wire.MAX_REQUEST);
            caller.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
            caller.shutdownOutput();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return request;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Accepts one connection, answers the hello with a made-up proof, returns all it read until the end. */
    private static String readAsAnImpostor(ServerSocket fake) {
        try (Socket caller = fake.accept()) {
            caller.setSoTimeout(60_000);
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            java.io.InputStream in = caller.getInputStream();
            int nuls = 0;
            while (nuls < 2) {
                int b = in.read();
                if (b < 0) {
                    return got.toString(StandardCharsets.ISO_8859_1);
                }
                got.write(b);
                nuls += b == 0 ? 1 : 0;
            }
            caller.getOutputStream().write(("0".repeat(64) + " " + "1".repeat(32) + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            in.transferTo(got);
            return got.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path findPortFile() throws IOException {
        try (var files = Files.list(tmp.resolve("site-gen"))) {
            List<Path> ports = files.filter(p -> p.getFileName().toString().endsWith(".tcp")).toList();
            assertThat(ports).hasSize(1);
            return ports.get(0);
        }
    }

    /** Kills the daemon as a crash would: its socket and port file stay behind. */
    private void killDaemon() throws Exception {
        ProcessHandle daemon = ProcessHandle.of(findDaemonPid().orElseThrow()).orElseThrow();
        daemon.destroyForcibly();
        daemon.onExit().get(30, TimeUnit.SECONDS);
    }

    @Test
    void daemonStopEndsTheProcessAndSaysSoWhenNoneRuns() throws Exception {
        assertThat(runScript("daemon", "status").out()).startsWith("site-gen: no background process is running");
        SiteTrees.copyTree(TestPaths.contentDir(), tmp.resolve("site"));
        assertThat(runScript("check", tmp.resolve("site").toString(), "--only", "source-ledgerly").code()).isZero();
        long pid = findDaemonPid().orElseThrow();
        ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();

        Run stop = runScript("daemon", "stop");
        assertThat(stop.code()).isZero();
        assertThat(stop.out()).contains("stopping the background process (pid " + pid + ")");
        daemon.onExit().get(30, TimeUnit.SECONDS);
        assertThat(daemon.isAlive()).isFalse();
        Run none = runScript("daemon", "stop");
        assertThat(none.code()).isZero();
        assertThat(none.out()).startsWith("site-gen: no background process is running");
    }

    @Test
    void aCallerWithAnotherUmaskIsServedByAnotherDaemon() throws Exception {
        Path site = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.contentDir(), site);
        try {
            Run strict = runScriptUnder("077", "build", site.toString(), "--out", tmp.resolve("out1").toString());
            Run open = runScriptUnder("022", "build", site.toString(), "--out", tmp.resolve("out2").toString());
            assertThat(List.of(strict.code(), open.code())).containsOnly(0);
            // a daemon started under 077 would have written the second build's files 0600 too
            assertThat(open.err()).startsWith(DaemonClient.NOTICE + "\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out2/index.html"))))
                    .isEqualTo("rw-r--r--");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out1/index.html"))))
                    .isEqualTo("rw-------");
            // again, through the script's own client: each umask reaches its own daemon
            Run strict2 = runScriptUnder("077", "build", site.toString(), "--out", tmp.resolve("out3").toString());
            Run open2 = runScriptUnder("022", "build", site.toString(), "--out", tmp.resolve("out4").toString());
            assertThat(List.of(strict2.code(), open2.code())).containsOnly(0);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out3/index.html"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("out4/index.html"))))
                    .isEqualTo("rw-r--r--");
            assertThat(runScriptUnder("077", "daemon", "status").out()).contains("(no JVM): 1");
            assertThat(runScriptUnder("022", "daemon", "status").out()).contains("(no JVM): 1");
        } finally {
            assertThat(runScriptUnder("077", "daemon", "stop").code()).isZero();
            assertThat(runScriptUnder("022", "daemon", "stop").code()).isZero();
        }
    }

    private Optional<Long> findDaemonPid() throws Exception {
        Matcher m = PID.matcher(runScript("daemon", "status").out());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** Elapsed times and output folders differ between runs of the same build. */
    private String normalize(String err) {
        return err.replaceAll("in \\d+(\\.\\d+)? s", "in T s").replaceAll("out\\d", "outN");
    }

    private Run runScript(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(script.toString()));
        argv.addAll(List.of(args));
        return runArgv(argv);
    }

    /** The script with {@code umask} set, as a shell would run it. */
    private Run runScriptUnder(String umask, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                script.toString()));
        argv.addAll(List.of(args));
        return runArgv(argv);
    }

    private Run runArgv(List<String> argv) throws Exception {
        return runArgv(argv, Map.of());
    }

    private Run runArgv(List<String> argv, Map<String, String> more) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(tmp.toFile());
        Map<String, String> env = pb.environment();
        env.remove("SITE_GEN_DAEMON"); // surefire turns it off for every other test
        env.remove("CI");
        env.put("XDG_RUNTIME_DIR", tmp.toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.putAll(more);
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("still running after 300 s: " + argv);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
