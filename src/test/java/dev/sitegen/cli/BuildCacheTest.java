package dev.sitegen.cli;

import static dev.sitegen.cli.BuildOutputTest.assertBuilt;
import static dev.sitegen.cli.BuildOutputTest.build;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.RenderCacheFile;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.SearchData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render cache beside an output ({@code .site-gen/<out>/render-cache.bin}, and the load cache
 * {@code load-cache.bin}): a build after an edit
 * re-renders only the pages the edit feeds and writes what a clean build writes; a cache that cannot be
 * trusted (unreadable, of another generator or options, or whose output files were edited) is ignored
 * with an info line, and {@code --force} ignores it.
 */
class BuildCacheTest {

    @TempDir
    Path tmp;
    Path root;
    Path site;
    Path clean;
    Path cacheFile;

    @BeforeEach
    void buildOnce() throws IOException {
        tmp = tmp.toRealPath();
        root = BuildOutputTest.copyContentInto(tmp);
        site = tmp.resolve("site");
        clean = tmp.resolve("clean");
        cacheFile = tmp.resolve(".site-gen/site/render-cache.bin");
        CliRun first = build(root, site);
        assertBuilt(first);
        assertThat(first.err()).contains(" 0 re-used");
        assertThat(cacheFile).isRegularFile();
    }

    @Test
    void aDocEditReRendersItsPageAndContributePageOnly() throws IOException {
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("(2 pages rendered, ");
        RenderCacheFile.Counts counts = RenderCacheFile.readCounts(site).orElseThrow();
        assertThat(counts.rendered()).isEqualTo(2);
        assertThat(counts.reused()).isGreaterThan(20);
        assertThat(site.resolve("integrations/sources/brightdesk/index.html")).content().contains("A line the cache test added");
        assertSameAsCleanBuild();
    }

    @Test
    void aDocEditReIndexesItsPageAndReUsesEveryOtherPagesEntries() throws IOException {
        Path doc = root.resolve("docs/integrations/sources/brightdesk.md");
        Files.writeString(doc, Files.readString(doc) + "\n## Quokka rebates\n\nZephyrine tariffs apply.\n");
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("(2 pages rendered, ");
        SearchData data = new SearchData(site);
        List<Integer> found = data.searchIds("zephyrine tariff");
        assertThat(found).hasSize(1);
        assertThat(data.readEntry(found.get(0)).get("u").asText()).isEqualTo("integrations/sources/brightdesk/#quokka-rebates");
        // a re-used page is still indexed
        assertThat(data.searchIds("harborsql troubleshooting")).isNotEmpty();
        assertSameAsCleanBuild();
    }

    @Test
    void aSpecEditReRendersItsConnectorsPageWithTheNewReference() throws IOException {
        Path spec = root.resolve("connectors/source-harborsql/src/main/resources/spec.json");
        Files.writeString(spec, Files.readString(spec).replace("Hostname or IP address of the HarborSQL server.",
                "A description the cache test edited."));
        CliRun run = build(root, site);
        assertBuilt(run);
        // the connector's page and contribute page (and its API document, no page), as for a doc edit: no
        // site-wide page shows a spec, so their unit is re-used
        assertThat(run.err()).contains("(2 pages rendered, ");
        RenderCacheFile.Counts counts = RenderCacheFile.readCounts(site).orElseThrow();
        assertThat(counts.rendered()).isEqualTo(2);
        assertThat(counts.reused()).isGreaterThan(20);
        assertThat(site.resolve("api/connectors/source-harborsql.json")).content()
                .contains("A description the cache test edited.");
        assertThat(site.resolve("integrations/sources/harborsql/index.html")).content()
                .contains("A description the cache test edited.");
        assertSameAsCleanBuild();
    }

    @Test
    void aTruncatedCacheIsIgnoredWithAnInfoLine() throws IOException {
        byte[] json = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, java.util.Arrays.copyOf(json, json.length / 2));
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: the render cache render-cache.bin cannot be read")
                .contains(" 0 re-used");
        assertSameAsCleanBuild();
    }

    @Test
    void aCacheOfAnotherGeneratorOrOptionsIsIgnoredWithAnInfoLine() throws IOException {
        // the key's first hex digits zeroed, the checksum made to match: a whole file, of another key
        editCache(text -> text.replaceFirst("^(site-gen render cache\n[\\s\\S]{12})[0-9a-f]{8}", "$100000000"));
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: the render cache was written by another site-gen version or with "
                + "other options").contains(" 0 re-used");
        assertSameAsCleanBuild();
    }

    @Test
    void anOutputFileEditedByHandIsRenderedAgain() throws IOException {
        Path page = site.resolve("integrations/sources/cratebox/index.html");
        Files.writeString(page, Files.readString(page).replace("</body>", "<script>planted()</script></body>"));
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: the output is not as the build that wrote the render cache left it")
                .contains(" 0 re-used");
        assertThat(page).content().doesNotContain("planted()");
        assertSameAsCleanBuild();
    }

    @Test
    void aCommittedOutputWithAForgedCacheIsNotReUsed() throws Exception {
        // as a pull request could commit them: every output file written again (a checkout's new times),
        // one page with a planted script and the cache's hash of that page changed to match it
        Path page = site.resolve("integrations/sources/cratebox/index.html");
        String before = sha256(Files.readAllBytes(page));
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, Files.readAllBytes(f));
            }
        }
        Files.writeString(page, Files.readString(page).replace("</body>", "<script>planted()</script></body>"));
        String after = sha256(Files.readAllBytes(page));
        editCache(text -> {
            assertThat(text).contains(before);
            return text.replace(before, after);
        });
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: the output is not as the build that wrote the render cache left it")
                .contains(" 0 re-used");
        assertThat(page).content().doesNotContain("planted()");
        assertSameAsCleanBuild();
    }

    /**
     * Edits the render cache file as text (one char a byte), keeping its length, and makes its closing CRC-32
     * match again: the file is then whole, and only what the edit says is wrong with it.
     */
    private void editCache(java.util.function.UnaryOperator<String> edit) throws IOException {
        byte[] file = Files.readAllBytes(cacheFile);
        String body = new String(file, 0, file.length - 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        String text = edit.apply(body);
        assertThat(text).hasSameSizeAs(body);
        byte[] edited = Arrays.copyOf(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), file.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(edited, 0, edited.length - 4);
        java.nio.ByteBuffer.wrap(edited, edited.length - 4, 4).putInt((int) crc.getValue());
        Files.write(cacheFile, edited);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aCacheEntryEditedByHandIsNotTrusted() throws IOException {
        // the recorded hash of one page no longer matches the output's file: its path is written in full
        // once, followed by the hash (a new string: -2, its length 64, its digits)
        editCache(text -> {
            String edited = text.replaceFirst("(integrations/sources/cratebox/index\\.html\u00ff{3}\u00fe\u0000{3}@)[0-9a-f]",
                    "$1x");
            assertThat(edited).isNotEqualTo(text);
            return edited;
        });
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: 1 cached unit no longer matched the previous output");
        assertSameAsCleanBuild();
    }

    @Test
    void reUsedPagesTakeTheirKeptScansAndABrokenScansFileOnlyCostsAScan() throws IOException {
        Path scans = tmp.resolve(".site-gen/site/page-scans.bin");
        assertThat(scans).isRegularFile();
        editDoc();
        CliRun kept = build(root, site);
        assertBuilt(kept);
        assertThat(kept.err()).contains("(2 pages rendered, ").doesNotContain("info: the page scans");
        byte[] bytes = Files.readAllBytes(scans);
        Files.write(scans, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        editDoc();
        CliRun scanned = build(root, site);
        assertBuilt(scanned);
        assertThat(scanned.err()).contains("info: the page scans page-scans.bin cannot be used")
                .contains("(2 pages rendered, ");
        // the same findings either way, and those of a clean build
        assertThat(dropTimings(scanned.out())).isEqualTo(dropTimings(kept.out()));
        assertSameAsCleanBuild();
    }

    private static String dropTimings(String report) {
        return report.replaceAll("in [0-9.]+ ?m?s", "");
    }

    @Test
    void aDamagedLoadCacheIsIgnoredWithAnInfoLine() throws IOException {
        byte[] damaged = damageLoadCache();
        editDoc();
        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("info: the load cache cannot be used (checksum mismatch")
                .contains("(2 pages rendered, ");
        assertSameAsCleanBuild();
        // written anew by that build (a missing cache would be as silent as a good one): the next one reads it
        assertThat(loadCacheFile()).isRegularFile();
        assertThat(Files.readAllBytes(loadCacheFile())).isNotEqualTo(damaged);
        editDoc();
        CliRun next = build(root, site);
        assertBuilt(next);
        assertThat(next.err()).doesNotContain("info:");
    }

    private static Object fileKeyOf(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** Flips one bit in the middle of the load cache beside the output (load/LoadMemo's bytes); returns them. */
    private byte[] damageLoadCache() throws IOException {
        Path file = loadCacheFile();
        assertThat(file).isRegularFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        return bytes;
    }

    @Test
    void theLoadCacheIsReplacedOnlyWhenTheOutputCommits() throws IOException {
        Path spool = tmp.resolve(".site-gen/site/load-cache.spool");
        byte[] kept = Files.readAllBytes(loadCacheFile());
        // the file's identity, not its bytes, says whether it was replaced: files younger than the fingerprints'
        // racy window are not remembered, so a quick build may write the very same bytes again
        Object keptFile = fileKeyOf(loadCacheFile());
        assertThat(spool).doesNotExist();
        // a broken link fails the build: the edited doc's entry, written aside before the render, is not kept
        Path doc = root.resolve("docs/integrations/sources/brightdesk.md");
        String text = Files.readString(doc);
        Files.writeString(doc, text + "\nSee [nowhere](/integrations/sources/no-such-connector/).\n");
        CliRun failed = build(root, site);
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(1);
        assertThat(failed.out() + failed.err()).contains("broken-link");
        assertThat(Files.readAllBytes(loadCacheFile())).isEqualTo(kept);
        assertThat(fileKeyOf(loadCacheFile())).isEqualTo(keptFile);
        assertThat(spool).doesNotExist();
        Files.writeString(doc, text + "\nA line the cache test added.\n");
        assertBuilt(build(root, site));
        assertThat(fileKeyOf(loadCacheFile())).as("replaced by the committed spool").isNotEqualTo(keptFile);
        assertThat(spool).doesNotExist();
        assertSameAsCleanBuild();
    }

    private Path loadCacheFile() {
        return tmp.resolve(".site-gen/site/load-cache.bin");
    }

    @Test
    void forceIgnoresTheCache() throws IOException {
        damageLoadCache();
        CliRun run = build(root, site, "--force");
        assertBuilt(run);
        assertThat(run.err()).contains(" 0 re-used").doesNotContain("info:");
        assertSameAsCleanBuild();
    }

    private void editDoc() throws IOException {
        Path doc = root.resolve("docs/integrations/sources/brightdesk.md");
        Files.writeString(doc, Files.readString(doc) + "\nA line the cache test added.\n");
    }

    private void assertSameAsCleanBuild() throws IOException {
        assertBuilt(build(root, clean));
        assertThat(SiteTrees.listDifferences(clean, site, 10)).isEmpty();
    }
}
