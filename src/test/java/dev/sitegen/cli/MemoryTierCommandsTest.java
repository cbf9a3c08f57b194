package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.publish.CheckCacheFile;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The caches kept decoded in a long-lived process ({@link MemoryTier}): the second command of a process takes
 * check's cache and the build's load cache from memory, a cache file rewritten by another process is read again,
 * {@code --force} ignores it, and every report and output is the same as without the tier.
 */
class MemoryTierCommandsTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void copyAgedFixtures() throws Exception {
        for (String name : new String[] {"check", "check-plain", "rewritten", "forced", "build", "build-plain", "anchors",
                "anchors-plain", "render-rewritten"}) {
            SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), tmp.resolve(name));
        }
        // not a timing: files younger than the racy window are read every time, which is not what is tested
        Thread.sleep(2_100);
    }

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private static CliRun check(Path root, String... more) {
        List<String> args = new ArrayList<>(List.of("check", root.toString(), "--only", "source-alpha", "--format",
                "json"));
        args.addAll(List.of(more));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    private static CliRun build(Path root) {
        return CliRun.runCli("build", root.toString(), "--out", root.resolve("../" + root.getFileName() + "-out")
                .toString(), "--as-of", "2025-08-15", "--fail-on", "never");
    }

    private static Path cacheFileOf(Path root) throws Exception {
        return CheckCacheFile.locate(System.getenv(), System.getProperty("user.home"), root.toRealPath())
                .orElseThrow().path();
    }

    private static void editDoc(Path root, int i) throws Exception {
        Files.writeString(root.resolve("docs/integrations/sources/alpha.md"), "\nOne more line " + i + ".\n",
                StandardOpenOption.APPEND);
    }

    @Test
    void checksInOneProcessReuseTheDecodedCacheAndReportWhatChecksWithoutItDo() throws Exception {
        Path plain = tmp.resolve("check-plain");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            editDoc(plain, i);
            expected.add(check(plain).out());
        }
        MemoryTier.enable();
        Path root = tmp.resolve("check");
        for (int i = 0; i < 3; i++) {
            editDoc(root, i);
            int before = MemoryTier.countReused();
            CliRun run = check(root);
            assertThat(run.out()).isEqualTo(expected.get(i).replace(plain.toString(), root.toString()));
            assertThat(run.err()).doesNotContain("info:");
            assertThat(MemoryTier.countReused() - before).as("call " + i).isEqualTo(i == 0 ? 0 : 1);
        }
    }

    @Test
    void aCacheRewrittenByAnotherProcessIsReadAgain() throws Exception {
        Path root = tmp.resolve("rewritten");
        CliRun cold = check(root);
        MemoryTier.enable();
        check(root);
        Path cache = cacheFileOf(root);
        // another process's check writes a cache the memory does not hold: here, a damaged one
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache, bytes);
        int before = MemoryTier.countReused();
        CliRun again = check(root);
        assertThat(MemoryTier.countReused()).isEqualTo(before);
        assertThat(again.err()).contains("info: the check cache " + cache + " cannot be used (checksum mismatch");
        assertThat(again.out()).isEqualTo(cold.out());
    }

    @Test
    void aRenderCacheRewrittenByAnotherProcessIsReadAgain() throws Exception {
        Path root = tmp.resolve("render-rewritten");
        Path out = tmp.resolve("render-rewritten-out");
        MemoryTier.enable();
        build(root);
        editDoc(root, 0);
        build(root);
        Path cache = out.resolveSibling(".site-gen").resolve(out.getFileName()).resolve("render-cache.bin");
        // another process writes a render cache the memory does not hold: here, a damaged one
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache, bytes);
        editDoc(root, 1);
        CliRun again = build(root);
        assertThat(again.err()).contains("info: the render cache render-cache.bin cannot be read");
        assertThat(again.err()).containsPattern("\\(\\d+ pages rendered, 0 re-used\\)");
    }

    @Test
    void forceIgnoresTheDecodedCache() throws Exception {
        MemoryTier.enable();
        Path root = tmp.resolve("forced");
        CliRun cold = check(root);
        int before = MemoryTier.countReused();
        CliRun forced = check(root, "--force");
        assertThat(MemoryTier.countReused()).isEqualTo(before);
        assertThat(forced.out()).isEqualTo(cold.out());
        assertThat(check(root).out()).isEqualTo(cold.out());
        assertThat(MemoryTier.countReused()).isEqualTo(before + 1);
    }

    @Test
    void buildsInOneProcessReuseTheDecodedLoadCacheAndWriteWhatBuildsWithoutItDo() throws Exception {
        Path plain = tmp.resolve("build-plain");
        Path root = tmp.resolve("build");
        build(plain);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            editDoc(plain, i);
            expected.add(normalize(build(plain).out(), plain));
            SiteTrees.copyTree(tmp.resolve("build-plain-out"), tmp.resolve("expected-" + i));
        }
        MemoryTier.enable();
        build(root);
        for (int i = 0; i < 2; i++) {
            editDoc(root, i);
            int before = MemoryTier.countReused();
            CliRun run = build(root);
            // the load cache, the render cache and verification's records of the re-used pages (kept beside the
            // page scans file)
            assertThat(MemoryTier.countReused() - before).as("call " + i).isEqualTo(3);
            assertThat(normalize(run.out(), root)).isEqualTo(expected.get(i));
            assertThat(SiteTrees.listDifferences(tmp.resolve("build-out"), tmp.resolve("expected-" + i), 5)).isEmpty();
        }
    }

    @Test
    void keptLinkRecordsOfReusedPagesStillSeeTheAnchorsOfPagesEditedSince() throws Exception {
        Path plain = tmp.resolve("anchors-plain");
        Path root = tmp.resolve("anchors");
        List<String> expected = new ArrayList<>();
        build(plain);
        for (int i = 0; i < 3; i++) {
            editBeta(plain, i);
            expected.add(normalize(build(plain).out(), plain));
            SiteTrees.copyTree(tmp.resolve("anchors-plain-out"), tmp.resolve("anchors-expected-" + i));
        }
        MemoryTier.enable();
        build(root);
        for (int i = 0; i < 3; i++) {
            editBeta(root, i);
            CliRun run = build(root);
            assertThat(normalize(run.out(), root)).as("call " + i).isEqualTo(expected.get(i));
            assertThat(SiteTrees.listDifferences(tmp.resolve("anchors-out"), tmp.resolve("anchors-expected-" + i), 5))
                    .isEmpty();
        }
        // alpha's page, re-used throughout, links to beta's Streams section, gone after the second edit
        assertThat(expected.get(0)).doesNotContain("beta.md#streams");
        assertThat(expected.get(1)).contains("#streams");
    }

    /** Beta's doc: a line added, then its Streams section renamed (an anchor that re-used pages link to goes). */
    private static void editBeta(Path root, int i) throws Exception {
        Path doc = root.resolve("docs/integrations/sources/beta.md");
        String text = Files.readString(doc) + "\nOne more line " + i + ".\n";
        Files.writeString(doc, i == 1 ? text.replace("## Streams", "## Flows") : text);
    }

    /** A build's report without its root and its times. */
    private static String normalize(String report, Path root) {
        return report.replace(root.toString(), "ROOT").replaceAll("\\d+(\\.\\d+)? ?m?s\\b", "T");
    }
}
