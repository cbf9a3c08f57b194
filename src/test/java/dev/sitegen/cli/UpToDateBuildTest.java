package dev.sitegen.cli;

import static dev.sitegen.cli.BuildOutputTest.assertBuilt;
import static dev.sitegen.cli.BuildOutputTest.build;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs, options and output are as the last build left them only reports that build's
 * findings again; any change to an input file, an option that shapes the output, or the output itself
 * makes it build.
 */
class UpToDateBuildTest {

    static final String UP_TO_DATE = "up to date: no input changed since";

    @TempDir
    Path tmp;
    Path root;
    Path site;

    @BeforeEach
    void copyContent() throws IOException {
        tmp = tmp.toRealPath();
        root = BuildOutputTest.copyContentInto(tmp);
        site = tmp.resolve("site");
    }

    @Test
    void aBuildWithNothingChangedReportsTheSameFindingsAndWritesNothing() throws Exception {
        CliRun first = build(root, site);
        assertBuilt(first);
        assertThat(first.err()).contains("built ").doesNotContain(UP_TO_DATE);
        SortedMap<String, byte[]> tree = SiteTrees.readTree(site);
        Map<String, FileTime> times = readTimes(site);

        CliRun second = build(root, site);

        assertBuilt(second);
        assertThat(second.err()).contains(UP_TO_DATE + " " + site + " was built (");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(SiteTrees.readTree(site)).usingRecursiveComparison().isEqualTo(tree);
        assertThat(readTimes(site)).isEqualTo(times);
    }

    @Test
    void everyKindOfChangeBuildsAgainAndTheBuildAfterItIsUpToDate() throws Exception {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("doc edited", () -> append(root.resolve("docs/integrations/sources/ledgerly.md"), "\nMore text.\n"));
        changes.put("doc touched only", () -> touch(root.resolve("docs/integrations/sources/ledgerly.md")));
        changes.put("doc added", () -> Files.writeString(root.resolve("docs/integrations/sources/extra.md"), "# Extra\n"));
        changes.put("doc deleted", () -> Files.delete(root.resolve("docs/integrations/sources/extra.md")));
        changes.put("metadata edited", () -> append(root.resolve("connectors/source-ledgerly/metadata.yaml"), "\n# note\n"));
        changes.put("icon edited", () -> append(root.resolve("connectors/source-ledgerly/icon.svg"), "\n<!-- x -->\n"));
        changes.put("guide edited", () -> append(firstFile(root.resolve("contributing")), "\nOne more line.\n"));
        changes.put("site.yaml edited", () -> append(root.resolve("site.yaml"), "\n# comment\n"));
        changes.put("output page edited", () -> append(site.resolve("index.html"), "<!-- mine -->"));
        changes.put("output page deleted", () -> Files.delete(site.resolve("404.html")));
        assertBuilt(build(root, site));

        for (Map.Entry<String, Change> c : changes.entrySet()) {
            c.getValue().apply();
            CliRun changed = build(root, site);
            assertBuilt(changed);
            assertThat(changed.err()).as(c.getKey()).contains("built ").doesNotContain(UP_TO_DATE);
            assertThat(build(root, site).err()).as("after " + c.getKey()).contains(UP_TO_DATE);
        }
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("<!-- mine -->");
        assertThat(site.resolve("404.html")).exists();
        assertThat(Files.readString(site.resolve("integrations/sources/ledgerly/index.html"))).contains("More text.");
    }

    @Test
    void aSameSizeEditInTheTickOfTheStampBuildsAgain() throws Exception {
        Path doc = root.resolve("docs/integrations/sources/ledgerly.md");
        String text = Files.readString(doc);
        int at = text.indexOf("Ledgerly", text.indexOf('\n'));
        assertThat(at).isPositive();
        // a time not older than the build's stamp: written in the tick the build stamped it
        FileTime tick = FileTime.from(Instant.now().plusSeconds(3600));
        Files.setLastModifiedTime(doc, tick);
        assertBuilt(build(root, site));
        assertThat(build(root, site).err()).as("racy but unchanged").contains(UP_TO_DATE);

        Files.writeString(doc, text.substring(0, at) + "LEDGERLY" + text.substring(at + 8));
        Files.setLastModifiedTime(doc, tick);

        CliRun run = build(root, site);
        assertBuilt(run);
        assertThat(run.err()).contains("built ").doesNotContain(UP_TO_DATE);
        assertThat(Files.readString(site.resolve("integrations/sources/ledgerly/index.html"))).contains("LEDGERLY");
        assertThat(build(root, site).err()).contains(UP_TO_DATE);
    }

    @Test
    void aFileNoConnectorReadsLeavesTheBuildUpToDate() throws Exception {
        assertBuilt(build(root, site));

        Files.writeString(root.resolve("connectors/source-ledgerly/README.md"), "notes\n");

        assertThat(build(root, site).err()).contains(UP_TO_DATE);
    }

    @Test
    void optionsThatShapeTheOutputAndForceBuildAgain() {
        assertBuilt(build(root, site));

        assertThat(build(root, site, "--force").err()).contains("built ").doesNotContain(UP_TO_DATE);
        assertThat(build(root, site, "--base-url", "/pr-1/").err()).contains("built ");
        assertThat(build(root, site, "--base-url", "/pr-1/").err()).contains(UP_TO_DATE);
        CliRun otherDate = CliRun.runCli("build", root.toString(), "--out", site.toString(), "--as-of", "2026-12-01");
        assertThat(otherDate.err()).contains("built ").doesNotContain(UP_TO_DATE);
        assertThat(build(root, site).err()).contains("built ");
        assertThat(build(root, site, "--jobs", "1").err()).as("the worker count does not shape the output")
                .contains(UP_TO_DATE);
    }

    @Test
    void anotherReportFormatIsWrittenFromTheStoredFindings() throws Exception {
        assertBuilt(build(root, site));
        CliRun fresh = build(root, tmp.resolve("other"), "--format", "json");

        CliRun replayed = build(root, site, "--format", "json", "--report", tmp.resolve("r.json").toString());

        assertThat(replayed.err()).contains(UP_TO_DATE);
        JsonNode expected = new ObjectMapper().readTree(fresh.out());
        assertThat(new ObjectMapper().readTree(replayed.out())).isEqualTo(expected);
        assertThat(new ObjectMapper().readTree(tmp.resolve("r.json").toFile())).isEqualTo(expected);
    }

    @Test
    void storedFindingsThatFailThisBuildsThresholdMakeItBuildAndFailAsBefore() throws Exception {
        Path broken = tmp.resolve("links-broken");
        SiteTrees.copyTree(TestPaths.fixtureSite("links-broken"), broken);
        assertBuilt(build(broken, site, "--fail-on", "never"));
        SortedMap<String, byte[]> tree = SiteTrees.readTree(site);

        CliRun strict = build(broken, site, "--fail-on", "error");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).contains("build failed").doesNotContain(UP_TO_DATE);
        assertThat(strict.out()).contains("error[broken-link]");
        assertThat(SiteTrees.readTree(site)).usingRecursiveComparison().isEqualTo(tree);
    }

    @Test
    void anUnreadableStampIsIgnored() throws Exception {
        assertBuilt(build(root, site));
        Path stamp = tmp.resolve(".site-gen/site/build-stamp.txt");
        assertThat(stamp).exists();
        assertThat(site.resolve(".site-gen/build-stamp.txt")).as("kept out of the published site").doesNotExist();
        Files.writeString(stamp, "{not json");

        CliRun run = build(root, site);

        assertBuilt(run);
        assertThat(run.err()).contains("built ").doesNotContain(UP_TO_DATE);
        assertThat(build(root, site).err()).contains(UP_TO_DATE);
    }

    private interface Change {
        void apply() throws IOException;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    /** A new modification time, as saving a file unchanged gives, without changing a byte. */
    private static void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));
    }

    private static Path firstFile(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Map<String, FileTime> readTimes(Path dir) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }
}
