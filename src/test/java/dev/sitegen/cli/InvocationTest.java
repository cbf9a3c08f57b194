package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.CheckCacheFile;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run through {@link Main#run(String[], PrintWriter, PrintWriter, Invocation)} (a daemon's caller) sees
 * the caller's folder and environment, never the JVM's: relative paths, the default ROOT, check's cache folder,
 * git's environment and PATH, HOME and TZ.
 */
class InvocationTest {

    @TempDir
    Path tmp;

    @Test
    void relativeRootOutAndReportResolveInTheCallersFolder() throws IOException {
        Path caller = Files.createDirectories(tmp.resolve("caller"));
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("monorepo-small"), caller.resolve("repo"));
        String out = "out-" + tmp.getFileName();
        assertThat(Path.of(out)).as("nothing of that name in the JVM's folder").doesNotExist();

        Run run = runAt(caller, callerEnvironment(), "build", "repo", "--out", out, "--report", "report.json",
                "--format", "json", "--as-of", "2026-11-21", "--fail-on", "never");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(caller.resolve(out).resolve("index.html")).isRegularFile();
        assertThat(caller.resolve("report.json")).isRegularFile();
        assertThat(Path.of(out)).as("the JVM's folder is untouched").doesNotExist();
        assertThat(Path.of("report.json")).doesNotExist();
        assertThat(run.err()).contains("into " + caller.resolve(out));
    }

    @Test
    void withoutRootTheCallersFolderDecides() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("project"));
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("loader-good"), project.resolve("content"));

        Run run = runAt(project, callerEnvironment(), "build", "--as-of", "2026-11-21", "--fail-on", "never");

        assertThat(run.code()).as(run.err()).isZero();
        // content/ of the caller's folder, built into the default --out of the caller's folder
        assertThat(project.resolve("site-out/index.html")).isRegularFile();
        assertThat(project.resolve("site-out/integrations/sources/beacon/index.html")).isRegularFile();

        Run elsewhere = runAt(tmp, callerEnvironment(), "check");
        assertThat(elsewhere.code()).isEqualTo(2);
        assertThat(elsewhere.err()).contains("no ROOT given, and " + tmp + " is no site-gen root");
    }

    @Test
    void checksCacheGoesUnderTheCallersCacheFolder() throws IOException {
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("baseline-small"), tmp.resolve("site"));
        Path realRoot = root.toRealPath();
        Map<String, String> env = callerEnvironment();
        env.put("XDG_CACHE_HOME", tmp.resolve("xdg").toString());

        Run run = runAt(tmp, env, "check", "site");

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        Path expected = CheckCacheFile.locate(env, null, realRoot).orElseThrow().path();
        assertThat(expected).startsWith(tmp.resolve("xdg/site-gen/check")).isRegularFile();
        CheckCacheFile.locate(System.getenv(), System.getProperty("user.home"), realRoot).ifPresent(own ->
                assertThat(own.path()).as("the JVM's own cache folder").doesNotExist());

        // without XDG_CACHE_HOME: the caller's HOME, not the JVM's user.home
        Map<String, String> homeOnly = callerEnvironment();
        homeOnly.remove("XDG_CACHE_HOME");
        homeOnly.put("HOME", tmp.resolve("home").toString());
        assertThat(runAt(tmp, homeOnly, "check", "site").code()).isEqualTo(1);
        assertThat(listFiles(tmp.resolve("home/.cache/site-gen/check")))
                .containsExactly(expected.getFileName().toString());
    }

    @Test
    void gitRunsWithTheCallersEnvironmentAndPath() throws Exception {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
        Path repo = tmp.resolve("repo");
        Path root = CheckBaselineTest.copyTree(TestPaths.fixtureSite("baseline-small"), repo.resolve("site"));
        ChangedSinceTest.runGit(repo, "init", "-q");
        ChangedSinceTest.runGit(repo, "add", "-A");
        ChangedSinceTest.runGit(repo, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", "fixture");
        assertThat(runAt(tmp, callerEnvironment(), "check", root.toString(), "--changed-since", "HEAD").code())
                .as("the work tree is fine for git itself").isZero();

        // the caller's GIT_DIR points git elsewhere: the JVM's environment would not
        Map<String, String> elsewhere = callerEnvironment();
        elsewhere.put("GIT_DIR", tmp.resolve("no-such-git-dir").toString());
        Run moved = runAt(tmp, elsewhere, "check", root.toString(), "--changed-since", "HEAD");
        assertThat(moved.code()).isEqualTo(2);
        assertThat(moved.err()).contains("not inside a git work tree");

        // the caller's PATH has no git: looked up there, not on the JVM's PATH
        Map<String, String> noGit = callerEnvironment();
        noGit.put("PATH", Files.createDirectories(tmp.resolve("empty-bin")).toString());
        Run missing = runAt(tmp, noGit, "check", root.toString(), "--changed-since", "HEAD");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--changed-since needs git, which could not be run");
    }

    @Test
    void homeAndZoneAreTheCallers() {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", "/home/caller");
        env.put("TZ", ":Pacific/Kiritimati");
        Invocation caller = new Invocation(tmp, env);
        assertThat(caller.home()).isEqualTo("/home/caller");
        assertThat(caller.zone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(new Invocation(tmp, Map.of("TZ", "/usr/share/zoneinfo/Asia/Tokyo")).zone())
                .isEqualTo(ZoneId.of("Asia/Tokyo"));

        Invocation bare = new Invocation(tmp, Map.of("TZ", "not a zone", "HOME", "relative/home"));
        assertThat(bare.home()).as("no absolute HOME: the JVM's user.home").isEqualTo(System.getProperty("user.home"));
        assertThat(bare.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(caller.resolvePath("out")).isEqualTo(tmp.resolve("out"));
        assertThat(caller.resolvePath("/abs/out")).isEqualTo(Path.of("/abs/out"));
    }

    /** An environment of the caller's own: the JVM's PATH (git, java) and a home that is not the JVM's. */
    private Map<String, String> callerEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", tmp.resolve("caller-home").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("caller-cache").toString());
        return env;
    }

    private static Run runAt(Path folder, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), new Invocation(folder, env));
        return new Run(code, out.toString(), err.toString());
    }

    private static java.util.List<String> listFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Run(int code, String out, String err) {
    }
}
