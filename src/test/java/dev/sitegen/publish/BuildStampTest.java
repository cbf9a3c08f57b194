package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build stamp: what counts as an input, and when an output is up to date. */
class BuildStampTest {

    static final String FINDINGS_JSON = "{\"diagnostics\": []}\n";

    @TempDir
    Path tmp;
    Path root;
    Path out;
    InputSet inputs;

    @BeforeEach
    void makeRoot() throws IOException {
        tmp = tmp.toRealPath();
        root = tmp.resolve("root");
        write(root.resolve("docs/integrations/sources/a.md"), "# A\n");
        write(root.resolve("connectors/source-a/metadata.yaml"), "data: {}\n");
        write(root.resolve("connectors/source-a/src/deep/Code.java"), "class Code {}\n");
        write(root.resolve("site.yaml"), "title: T\n");
        out = tmp.resolve("site");
        inputs = new InputSet(root, List.of(root.resolve("docs")), List.of(root.resolve("connectors")),
                List.of("metadata.yaml", "icon.svg"), List.of(root.resolve("site.yaml"), root.resolve("snippets/missing.md")));
    }

    @Test
    void inputsAreWholeTreesNamedFilesOfEachConnectorFolderAndSingleFilesEvenWhenMissing() throws IOException {
        SortedMap<String, FileStamp> stamps = inputs.stampInputs();

        // not a connector folder itself: its time moves with any file added to it, read or not
        assertThat(stamps.keySet()).containsExactly("connectors",
                "connectors/source-a/icon.svg", "connectors/source-a/metadata.yaml", "docs",
                "docs/integrations/sources/a.md", "site.yaml", "snippets/missing.md");
        assertThat(stamps.get("connectors/source-a/icon.svg")).isEqualTo(FileStamp.MISSING);
        assertThat(stamps.get("snippets/missing.md")).isEqualTo(FileStamp.MISSING);
        assertThat(stamps.get("site.yaml").size()).isEqualTo(9);
        assertThat(inputs.keyOf(tmp.resolve("elsewhere/x.md"))).isEqualTo(tmp.resolve("elsewhere/x.md").toString());
        assertThat(inputs.keyOf(root.resolve("docs/../site.yaml"))).isEqualTo("site.yaml");
    }

    @Test
    void aCommittedStampMatchesUntilAnInputTheKeyOrTheOutputChanges() throws Exception {
        commit("key-1");
        assertThat(BuildStamp.hasStamp(out)).isTrue();
        assertThat(findUpToDate("key-1")).hasValueSatisfying(s -> {
            assertThat(s.pages()).isEqualTo(1);
            assertThat(s.counts()).isEqualTo(new FindingCounts(1, 0, 1, 0));
        });
        assertThat(BuildStamp.readReportText(out, "TEXT")).hasValue("report text\n");
        assertThat(BuildStamp.readReportText(out, "JSON")).isEmpty();
        assertThat(BuildStamp.readFindingsJson(out)).hasValue(FINDINGS_JSON);

        assertThat(findUpToDate("key-2")).as("another key").isEmpty();
        Path code = root.resolve("connectors/source-a/src/deep/Code.java");
        write(code, "class Code { int changed; }\n");
        assertThat(findUpToDate("key-1")).as("code two levels down is no input").isPresent();
        write(root.resolve("connectors/source-a/NOTES.txt"), "notes\n");
        assertThat(findUpToDate("key-1")).as("an unnamed file of a connector folder is no input").isPresent();
        write(root.resolve("connectors/source-b/metadata.yaml"), "data: {}\n");
        assertThat(findUpToDate("key-1")).as("a connector added").isEmpty();
        Files.delete(root.resolve("connectors/source-b/metadata.yaml"));
        Files.delete(root.resolve("connectors/source-b"));
        commit("key-1");
        touch(root.resolve("docs/integrations/sources/a.md"));
        assertThat(findUpToDate("key-1")).as("a doc touched").isEmpty();
    }

    @Test
    void anAddedFileAnEditedOutputOrADeletedOutputIsAChange() throws Exception {
        commit("k");
        write(root.resolve("docs/integrations/sources/b.md"), "# B\n");
        assertThat(findUpToDate("k")).as("doc added").isEmpty();

        Files.delete(root.resolve("docs/integrations/sources/b.md"));
        assertThat(findUpToDate("k")).as("doc removed again").isPresent();
        write(out.resolve("index.html"), "<p>changed</p>");
        assertThat(findUpToDate("k")).as("output edited").isEmpty();

        commit("k");
        Files.delete(out.resolve("index.html"));
        assertThat(findUpToDate("k")).as("output deleted").isEmpty();
    }

    @Test
    void aSameSizeEditIsAChangeAndSoIsAFileRenamedOverAnInputWithItsSizeAndTime() throws Exception {
        Path doc = root.resolve("docs/integrations/sources/a.md");
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(doc, old);
        commit("k");
        assertThat(findUpToDate("k")).isPresent();

        Path other = root.resolve("a.md.new");
        Files.writeString(other, "# Z\n");
        Files.setLastModifiedTime(other, old);
        Files.move(other, doc, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(Files.size(doc)).isEqualTo(4);
        assertThat(Files.getLastModifiedTime(doc)).isEqualTo(old);
        assertThat(findUpToDate("k")).as("another file (inode) with the same size and time").isEmpty();
        commit("k");
        Files.writeString(doc, "# Y\n");
        assertThat(findUpToDate("k")).as("a same-size edit with a new time").isEmpty();
    }

    @Test
    void aRacyInputIsHashedSoAnEditInTheSameTickIsStillAChange() throws Exception {
        Path doc = root.resolve("docs/integrations/sources/a.md");
        // as a file written in the very tick the build stamps it: a time not older than the stamp
        FileTime tick = FileTime.from(Instant.now().plusSeconds(3600));
        ageInputs();
        Files.setLastModifiedTime(doc, tick);
        commit("k");
        BuildStamp stamp = findUpToDate("k").orElseThrow();
        assertThat(stamp.racyHashes()).as("only the racy input is hashed")
                .containsOnlyKeys("docs/integrations/sources/a.md");

        Files.writeString(doc, "# B\n");
        Files.setLastModifiedTime(doc, tick);

        assertThat(findUpToDate("k")).as("same size, same time, same file: only the content tells").isEmpty();
        commit("k");
        assertThat(findUpToDate("k")).as("unchanged since, though still racy").isPresent();
    }

    @Test
    void aStampCutShortOrOfAnotherVersionIsNoStamp() throws Exception {
        commit("key\nwith a line break");
        Path file = BuildStamp.stampDir(out).resolve(BuildStamp.STAMP);
        byte[] whole = Files.readAllBytes(file);
        assertThat(BuildStampText.parseStamp(whole)).hasValueSatisfying(s -> {
            assertThat(s.key()).isEqualTo("key\nwith a line break");
            assertThat(s.files()).containsExactly("site.yaml", "snippets/missing.md");
        });
        assertThat(findUpToDate("key\nwith a line break")).isPresent();

        for (int cut : new int[] {10, whole.length / 2, whole.length - 2}) {
            assertThat(BuildStampText.parseStamp(Arrays.copyOf(whole, cut))).as("cut at " + cut).isEmpty();
        }
        assertThat(BuildStampText.parseStamp(new String(whole, StandardCharsets.UTF_8)
                .replace(BuildStampText.HEADER, "site-gen build stamp 3").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void stampsMatchTheirTextExactly() {
        SortedMap<String, FileStamp> stamps = new java.util.TreeMap<>(Map.of("a.md", new FileStamp(4, 17, 9),
                "b.md", FileStamp.MISSING));
        String text = BuildStamp.formatStamps(stamps);
        assertThat(text).isEqualTo("a.md\t4:17:9\nb.md\t-1:-1:0\n");

        assertThat(BuildStamp.matchStamps(stamps, text)).isTrue();
        assertThat(BuildStamp.matchStamps(stamps, text.replace("17", "18"))).isFalse();
        assertThat(BuildStamp.matchStamps(stamps, text + "c.md\t1:1:1\n")).as("a file gone").isFalse();
        assertThat(BuildStamp.matchStamps(stamps, text.substring(0, text.indexOf("b.md")))).as("a file added").isFalse();
        assertThat(BuildStamp.matchStamps(new java.util.TreeMap<>(), "")).isTrue();
    }

    @Test
    void anIconFoundByLoadingIsStampedAgainByTheNextCheck() throws Exception {
        Path icon = root.resolve("connectors/source-a/art/icon.svg");
        write(icon, "<svg/>");
        inputs = inputs.withFiles(List.of(icon));
        commit("k");
        inputs = new InputSet(root, inputs.trees(), inputs.shallowDirs(), inputs.namesInEach(),
                List.of(root.resolve("site.yaml")));
        assertThat(findUpToDate("k")).isPresent();

        touch(icon);

        assertThat(findUpToDate("k")).isEmpty();
    }

    @Test
    void aLinkedInputChangesWhenWhatItPointsAtChanges() throws Exception {
        Path shared = root.resolve("shared/shared.txt");
        write(shared, "one");
        Files.createSymbolicLink(root.resolve("docs/integrations/sources/linked.md"), shared);
        commit("k");
        assertThat(findUpToDate("k")).isPresent();

        touch(shared);

        assertThat(findUpToDate("k")).isEmpty();
    }

    @Test
    void anUnreadableStampIsNoStamp() throws Exception {
        commit("k");
        Files.writeString(BuildStamp.stampDir(out).resolve(BuildStamp.STAMP), "[1, 2");

        assertThat(findUpToDate("k")).isEmpty();
        assertThat(BuildStampText.parseStamp("site-gen build stamp 4\npages 1\n".getBytes())).isEmpty();
    }

    private void commit(String key) throws Exception {
        long stampedAt = nowNanos();
        SortedMap<String, FileStamp> before = inputs.stampInputs();
        try (OutputLock lock = OutputLock.acquire(out, Duration.ZERO, m -> { });
             StagedOutput staged = StagedOutput.begin(lock)) {
            staged.writeFile("index.html", "<p>hello</p>".getBytes());
            staged.commit(new BuildSummary("site-gen test", "2026-11-21", new java.util.TreeMap<>(Map.of()), List.of(),
                    new FindingCounts(1, 0, 1, 0)), Optional.of(new BuildStamp.Pending(key, inputs, before, stampedAt,
                    BuildStamp.hashRacyInputs(inputs, before, stampedAt), 1,
                    new FindingCounts(1, 0, 1, 0), new BuildStamp.Report("TEXT", "report text\n", FINDINGS_JSON))));
        }
    }

    private Optional<BuildStamp> findUpToDate(String key) throws Exception {
        try (OutputLock lock = OutputLock.acquire(out, Duration.ZERO, m -> { })) {
            return BuildStamp.findUpToDate(lock, key, inputs);
        }
    }

    /** Every file and folder of the root a minute old, as a tree checked out before the build is. */
    private void ageInputs() throws IOException {
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Test
    void aRacyLinkIsNeverReadThrough(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("endless.md");
        Files.createSymbolicLink(link, Path.of("/dev/zero"));
        Path plain = dir.resolve("plain.md");
        Files.writeString(plain, "# A\n");
        Map<String, FileStamp> stamps = Map.of("endless.md", FileStamp.stampFile(link), "plain.md",
                FileStamp.stampFile(plain));

        // stamped at time 0, both are racy: the plain file is hashed, the link (to a device here) is not read
        SortedMap<String, String> hashes = RacyFiles.hashRacy(dir, stamps, 0, Map.of());

        assertThat(hashes).containsEntry("endless.md", "link");
        assertThat(hashes.get("plain.md")).hasSize(64).isEqualTo(ContentHash.hashFile(plain));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A new modification time, as any edit gives, without changing a byte. */
    private static void touch(Path file) throws IOException {
        FileTime now = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(now.toMillis() + 2_000));
    }
}
