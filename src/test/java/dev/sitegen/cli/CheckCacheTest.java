package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.CheckCacheFile;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check}'s own cache ({@code build/CheckCache}): a check that finds it reports exactly what a check that
 * does not reports, an edit between two checks is seen, a damaged cache is ignored with an {@code info:} line, and
 * {@code --force} does not read it. The cache lives under {@code XDG_CACHE_HOME}, which the pom points under
 * {@code target/} for tests. The fixture copies are made once and left to age past the racy window (files
 * changed within two seconds are never remembered), so the second check really reads from the cache.
 */
class CheckCacheTest {

    private static final String BROKEN_ANCHOR = "has no anchor '#no-such-section'";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void copyAgedFixtures() throws Exception {
        for (String name : new String[] {"edit", "damaged", "forced"}) {
            SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), tmp.resolve(name));
        }
        // not a timing: files younger than the racy window are read every time, which is not what is tested
        Thread.sleep(2_100);
    }

    private static CliRun check(Path root, String... more) {
        List<String> args = new ArrayList<>(List.of("check", root.toString(), "--only", "source-alpha", "--format",
                "json"));
        args.addAll(List.of(more));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    private static Path cacheFileOf(Path root) throws Exception {
        assertThat(System.getenv("XDG_CACHE_HOME")).as("the pom sets XDG_CACHE_HOME for tests").isNotBlank();
        return CheckCacheFile.locate(System.getenv(), System.getProperty("user.home"), root.toRealPath())
                .orElseThrow().path();
    }

    @Test
    void aWarmCheckReportsWhatAColdOneDoesAndSeesAnEditOfTheDocItLinksInto() throws Exception {
        Path root = tmp.resolve("edit");
        CliRun cold = check(root);
        assertThat(Files.isRegularFile(cacheFileOf(root))).isTrue();
        assertThat(cold.out()).contains(BROKEN_ANCHOR);

        CliRun warm = check(root);
        assertThat(warm.out()).isEqualTo(cold.out());
        assertThat(warm.exitCode()).isEqualTo(cold.exitCode());
        assertThat(warm.err()).doesNotContain("info: the check cache");

        Files.writeString(root.resolve("docs/integrations/sources/beta.md"), "\n## No such section\n",
                StandardOpenOption.APPEND);
        CliRun edited = check(root);
        assertThat(edited.out()).doesNotContain(BROKEN_ANCHOR).isEqualTo(check(root, "--force").out());
        assertThat(check(root).out()).isEqualTo(edited.out());
    }

    @Test
    void aDamagedCacheIsIgnoredWithAnInfoLineAndWrittenAnew() throws Exception {
        Path root = tmp.resolve("damaged");
        CliRun cold = check(root);
        Path cache = cacheFileOf(root);
        byte[] bytes = Files.readAllBytes(cache);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(cache, bytes);

        CliRun damaged = check(root);
        assertThat(damaged.err()).contains("info: the check cache " + cache + " cannot be used (checksum mismatch");
        assertThat(damaged.out()).isEqualTo(cold.out());

        Files.write(cache, new byte[] {1, 2, 3});
        assertThat(check(root).err()).contains("cannot be used (truncated)");
        CliRun again = check(root);
        assertThat(again.err()).doesNotContain("info: the check cache");
        assertThat(again.out()).isEqualTo(cold.out());
    }

    @Test
    void forceDoesNotReadTheCache() throws Exception {
        Path root = tmp.resolve("forced");
        CliRun cold = check(root);
        Path cache = cacheFileOf(root);
        Files.write(cache, new byte[] {1, 2, 3});

        CliRun forced = check(root, "--force");
        assertThat(forced.err()).doesNotContain("info: the check cache");
        assertThat(forced.out()).isEqualTo(cold.out());
        // and wrote it anew
        assertThat(check(root).err()).doesNotContain("info: the check cache");
    }
}
