package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code build} promises about its output folder: the manifest, refusing unsafe folders, keeping
 * modification times of unchanged files, one build at a time, and leftovers of killed builds cleaned.
 */
class BuildOutputTest {

    static final String AS_OF = "2026-11-21";
    static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L);

    @TempDir
    Path tmp;
    Path root;
    Path site;

    @BeforeEach
    void copyContent() throws IOException {
        tmp = tmp.toRealPath();
        root = copyContentInto(tmp);
        site = tmp.resolve("site");
    }

    /** A private copy of content/ in {@code dir}, to build and change. */
    static Path copyContentInto(Path dir) throws IOException {
        Path root = dir.resolve("content");
        SiteTrees.copyTree(TestPaths.contentDir(), root);
        return root;
    }

    static CliRun build(Path root, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", root.toString(), "--out", out.toString(),
                "--as-of", AS_OF));
        args.addAll(List.of(more));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    static void assertBuilt(CliRun run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void manifestListsEveryFileWithItsHashAndSizeAndTheBuildSummary() throws Exception {
        assertBuilt(build(root, site));

        JsonNode manifest = new ObjectMapper().readTree(site.resolve(".site-gen/manifest.json").toFile());
        SortedMap<String, byte[]> tree = SiteTrees.readTree(site);
        tree.keySet().removeIf(p -> p.startsWith(".site-gen/"));
        List<String> listed = new ArrayList<>();
        for (JsonNode f : manifest.get("files")) {
            String path = f.get("path").asText();
            listed.add(path);
            assertThat(f.get("sha256").asText()).as(path).isEqualTo(sha256(tree.get(path)));
            assertThat(f.get("size").asLong()).as(path).isEqualTo(tree.get(path).length);
        }
        assertThat(listed).containsExactlyElementsOf(tree.keySet()).isSorted();
        assertThat(manifest.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(manifest.get("generator").asText()).startsWith("site-gen ");
        assertThat(manifest.get("connectors")).hasSize(15);
        assertThat(manifest.get("connectors").get("source-ledgerly").asText()).isEqualTo("2.3.1");
        assertThat(manifest.get("breakingChanges").toString())
                .contains("{\"connector\":\"source-ledgerly\",\"version\":\"2.0.0\",\"deadline\":\"2026-01-15\"}");
        assertThat(manifest.get("checks").get("connectors").asInt()).isEqualTo(15);
        assertThat(site.resolve(".site-gen/output")).isRegularFile();
    }

    @Test
    void refusesUnsafeOutputFoldersWithExitTwoAndWritesNothing() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Map<Path, String> unsafe = Map.of(
                root, "is ROOT", tmp, "contains ROOT", root.resolve("docs/integrations"), "overlaps",
                root.resolve("connectors/site"), "overlaps", mine, "not a site-gen output", Path.of("/"), "root");
        List<String> before = SiteTrees.listNames(tmp);
        SortedMap<String, byte[]> content = SiteTrees.readTree(root);

        unsafe.forEach((out, why) -> {
            CliRun run = build(root, out);
            assertThat(run.exitCode()).as(out + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).contains("error: --out " + out + ": ").contains(why).contains("help: ");
        });

        assertThat(SiteTrees.listNames(tmp)).isEqualTo(before);
        assertThat(SiteTrees.listNames(mine)).containsExactly("notes.txt");
        assertThat(SiteTrees.readTree(root)).usingRecursiveComparison().isEqualTo(content);
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAndChangedOnesGetANewOne() throws Exception {
        assertBuilt(build(root, site));
        Map<String, String> oldHashes = readHashes(site);
        SiteTrees.setEveryTime(site, LONG_AGO);
        Path doc = root.resolve("docs/integrations/sources/ledgerly.md");
        Files.writeString(doc, Files.readString(doc).replace("small and mid-sized businesses",
                "small, mid-sized and large businesses"));

        assertBuilt(build(root, site));

        Map<String, String> newHashes = readHashes(site);
        assertThat(newHashes.get("integrations/sources/ledgerly/index.html"))
                .isNotEqualTo(oldHashes.get("integrations/sources/ledgerly/index.html"));
        int kept = 0;
        for (Map.Entry<String, String> e : newHashes.entrySet()) {
            FileTime time = Files.getLastModifiedTime(site.resolve(e.getKey()));
            if (e.getValue().equals(oldHashes.get(e.getKey()))) {
                assertThat(time).as(e.getKey() + " is unchanged").isEqualTo(LONG_AGO);
                kept++;
            } else {
                assertThat(time).as(e.getKey() + " changed").isNotEqualTo(LONG_AGO);
            }
        }
        assertThat(kept).isGreaterThan(newHashes.size() / 2);
        assertThat(Files.getLastModifiedTime(site.resolve("assets/style.css"))).isEqualTo(LONG_AGO);
    }

    @Test
    void aBuildWaitsForAnotherBuildOfTheSameOutputFolder() throws Exception {
        assertBuilt(build(root, site));
        SortedMap<String, byte[]> first = SiteTrees.readTree(site);
        CompletableFuture<CliRun> second;
        try (OutputLock held = OutputLock.acquire(site, Duration.ZERO, n -> { })) {
            assertThat(held.target()).isEqualTo(site);
            second = CompletableFuture.supplyAsync(() -> build(root, site));
            Thread.sleep(1500);
            assertThat(second).isNotDone();
            assertThat(SiteTrees.listNames(tmp)).containsExactly(".site-gen", "content", "site", "site.lock");
        }
        CliRun run = second.get(120, TimeUnit.SECONDS);
        assertBuilt(run);
        assertThat(run.err()).contains("waiting up to 60 s for another site-gen build of " + site);
        assertThat(SiteTrees.readTree(site)).usingRecursiveComparison().isEqualTo(first);
    }

    @Test
    void twoBuildsStartedAtOnceBothSucceedAndLeaveOneCompleteSite() throws Exception {
        Path reference = tmp.resolve("reference");
        assertBuilt(build(root, reference));

        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> build(root, site));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> build(root, site));

        assertBuilt(a.get(180, TimeUnit.SECONDS));
        assertBuilt(b.get(180, TimeUnit.SECONDS));
        assertThat(SiteTrees.listDifferences(reference, site, 10)).isEmpty();
        assertThat(SiteTrees.listNames(tmp)).containsExactly(".site-gen", "content", "reference", "site");
    }

    @Test
    void leftoversOfKilledBuildsAreDeletedOnlyWhenTheyCarryTheMarker() throws Exception {
        assertBuilt(build(root, site));
        writeMarked(tmp.resolve("site.staging-99999"), "integrations/half.html");
        writeMarked(tmp.resolve("site.old-99998"), "index.html");
        Files.createDirectories(tmp.resolve("site.staging-5"));
        Files.writeString(tmp.resolve("site.staging-5/mine.txt"), "not ours");

        assertBuilt(build(root, site));

        assertThat(SiteTrees.listNames(tmp)).containsExactly(".site-gen", "content", "site", "site.staging-5");
    }

    static void writeMarked(Path dir, String file) throws IOException {
        Files.createDirectories(dir.resolve(".site-gen"));
        Files.writeString(dir.resolve(".site-gen/output"), "site-gen output");
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), "x");
    }

    static Map<String, String> readHashes(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(site.resolve(".site-gen/manifest.json").toFile()).get("files")) {
            hashes.put(f.get("path").asText(), f.get("sha256").asText());
        }
        return hashes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
