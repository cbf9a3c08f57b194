package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds in a separate JVM and kills it (like a cancelled CI job) at several moments: the output
 * folder must always hold a complete site (the previous one, or the new one when the kill came after
 * the swap), the lock must not outlive the process, and the next build must succeed and tidy up.
 */
class KilledBuildTest {

    static final String AS_OF = "2026-11-21";

    @TempDir
    Path tmp;

    @Test
    void aKilledBuildLeavesACompleteSiteAndTheNextBuildCleansUp() throws Exception {
        Path base = tmp.toRealPath();
        Path root = base.resolve("content");
        SiteTrees.copyTree(TestPaths.contentDir(), root);
        Path site = base.resolve("site");
        assertBuilt(CliRun.runCli("build", root.toString(), "--out", site.toString(), "--as-of", AS_OF));
        SortedMap<String, byte[]> previous = SiteTrees.readTree(site);
        Path doc = root.resolve("docs/integrations/sources/ledgerly.md");
        Files.writeString(doc, Files.readString(doc) + "\nOne more paragraph.\n");
        Path reference = base.resolve("reference");
        assertBuilt(CliRun.runCli("build", root.toString(), "--out", reference.toString(), "--as-of", AS_OF));
        SortedMap<String, byte[]> next = SiteTrees.readTree(reference);
        assertThat(next.keySet()).isEqualTo(previous.keySet());

        List<String> outcomes = new ArrayList<>();
        for (String moment : List.of("50ms", "200ms", "800ms", "staging appears", "staging has 30 files",
                "manifest staged")) {
            Path log = base.resolve("build-" + outcomes.size() + ".log");
            Process build = startBuild(root, site, log);
            awaitMoment(moment, build, base);
            build.destroyForcibly();
            build.waitFor();
            String outcome = describeOutcome(site, previous, next);
            outcomes.add(moment + ": " + outcome);
            assertThat(outcome).as(moment + "\n" + Files.readString(log) + SiteTrees.listDifferences(reference, site, 5))
                    .isNotEqualTo("broken");
        }
        assertThat(outcomes).as("the first kill comes before any swap").first().asString().endsWith("previous");

        assertBuilt(CliRun.runCli("build", root.toString(), "--out", site.toString(), "--as-of", AS_OF));
        assertThat(SiteTrees.listDifferences(reference, site, 10)).isEmpty();
        assertThat(SiteTrees.listNames(base)).containsExactly(".site-gen", "build-0.log", "build-1.log", "build-2.log",
                "build-3.log", "build-4.log", "build-5.log", "content", "reference", "site");
    }

    private static void awaitMoment(String moment, Process build, Path base) throws Exception {
        switch (moment) {
            case "50ms" -> Thread.sleep(50);
            case "200ms" -> Thread.sleep(200);
            case "800ms" -> Thread.sleep(800);
            case "staging appears" -> pollUntil(build, () -> findStaging(base).isPresent());
            case "staging has 30 files" -> pollUntil(build,
                    () -> findStaging(base).map(KilledBuildTest::countFiles).orElse(0L) >= 30);
            default -> pollUntil(build,
                    () -> findStaging(base).filter(s -> Files.exists(s.resolve(".site-gen/manifest.json"))).isPresent());
        }
    }

    /** Polls until the moment comes or the build ends by itself (then it is killed too late, which is fine). */
    private static void pollUntil(Process build, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean() && build.isAlive()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static Optional<Path> findStaging(Path base) {
        try (Stream<Path> s = Files.list(base)) {
            return s.filter(p -> p.getFileName().toString().startsWith("site.staging-")).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static Process startBuild(Path root, Path site, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.sitegen.cli.Main",
                "build", root.toString(), "--out", site.toString(), "--as-of", AS_OF)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Which complete site the folder holds; killed between the swap's two renames, the old one waits beside it. */
    private static String describeOutcome(Path site, SortedMap<String, byte[]> previous, SortedMap<String, byte[]> next)
            throws IOException {
        if (!Files.exists(site)) {
            try (Stream<Path> s = Files.list(site.getParent())) {
                return s.anyMatch(p -> p.getFileName().toString().startsWith("site.old-")
                        && Files.isRegularFile(p.resolve(".site-gen/output"))) ? "mid-swap" : "broken";
            }
        }
        SortedMap<String, byte[]> now = SiteTrees.readTree(site);
        return sameTree(now, previous) ? "previous" : sameTree(now, next) ? "new" : "broken";
    }

    private static boolean sameTree(SortedMap<String, byte[]> a, SortedMap<String, byte[]> b) {
        return a.keySet().equals(b.keySet())
                && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    private static void assertBuilt(CliRun run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }
}
