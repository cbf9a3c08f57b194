package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a daemon does: many command lines in one JVM. Fixture A is built, edited (site.yaml, a doc, an icon, a
 * metadata.yaml) and built again into the same output, then fixture B is built into that output too, all in this
 * JVM through {@link Main#run(String[], PrintWriter, PrintWriter, Invocation)} with relative paths. Each output and
 * report must be the bytes a new JVM started in the caller's folder with the caller's environment writes into a
 * fresh folder from the same tree: nothing of an earlier command reaches a later one but what the on-disk caches
 * legitimately carry. (The theme's templates come from the jar, not from a site, so there is no template to edit.)
 */
class SameJvmSequenceTest {

    private static final String AS_OF = "2026-11-21";

    @TempDir
    Path tmp;

    @Test
    void eachBuildInOneJvmEqualsAFreshProcesssBuild() throws Exception {
        Path caller = Files.createDirectories(tmp.resolve("caller"));
        CheckBaselineTest.copyTree(TestPaths.contentDir(), caller.resolve("a"));
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("monorepo-small"), caller.resolve("b"));
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", tmp.resolve("home").toString());
        env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
        env.put("SITE_GEN_DAEMON", "off");

        assertSameAsFreshProcess(caller, env, "a", "first");

        replaceIn(caller.resolve("a/site.yaml"), "title: Tributary Connector Catalog", "title: Tributary Catalog");
        Path doc = caller.resolve("a/docs/integrations/sources/mossdb.md");
        Files.writeString(doc, Files.readString(doc) + "\nA paragraph added between two builds.\n");
        replaceIn(caller.resolve("a/connectors/source-mossdb/icon.svg"), "#6a994e", "#bc4749");
        replaceIn(caller.resolve("a/connectors/source-mossdb/metadata.yaml"), "name: MossDB", "name: MossDB Plus");
        assertSameAsFreshProcess(caller, env, "a", "edited");

        assertSameAsFreshProcess(caller, env, "b", "other");
    }

    /** Builds {@code root} into {@code out} here, then into a fresh folder in a new JVM; both must be the same. */
    private void assertSameAsFreshProcess(Path caller, Map<String, String> env, String root, String step)
            throws IOException, InterruptedException {
        List<String> args = List.of("build", root, "--out", "out", "--as-of", AS_OF, "--fail-on", "never");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                new Invocation(caller, env));
        assertThat(code).as(step + ": " + err).isZero();
        assertThat(err.toString()).as(step).contains("built ").doesNotContain("up to date");

        String fresh = "fresh-" + step;
        List<String> freshArgs = new ArrayList<>(args);
        freshArgs.set(freshArgs.indexOf("out"), fresh);
        ChildRun child = runChildJvm(caller, env, freshArgs);
        assertThat(child.code()).as(step + ": " + child.err()).isZero();

        assertThat(out.toString()).as(step + ": the report").isEqualTo(child.out());
        assertThat(SiteTrees.readTree(caller.resolve("out"))).as(step).hasSizeGreaterThan(10);
        assertThat(SiteTrees.listDifferences(caller.resolve("out"), caller.resolve(fresh), 20))
                .as(step + ": first differences from the fresh process's output").isEmpty();
    }

    /** {@code site-gen ARGS} in a new JVM whose working folder is {@code folder} and environment {@code env}. */
    private ChildRun runChildJvm(Path folder, Map<String, String> env, List<String> args)
            throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        argv.addAll(args);
        Path stdout = Files.createTempFile(tmp, "child", ".out");
        Path stderr = Files.createTempFile(tmp, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(argv).directory(folder.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("still running after 300 s: " + args);
        }
        return new ChildRun(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private record ChildRun(int code, String out, String err) {
    }
}
