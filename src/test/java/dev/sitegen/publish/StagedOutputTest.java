package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    static final FileTime LONG_AGO = FileTime.fromMillis(978_307_200_000L);
    static final BuildSummary SUMMARY = new BuildSummary("site-gen test", "2026-11-21",
            new TreeMap<>(Map.of("source-a", "1.0.0")),
            List.of(new BreakingChangeEntry("source-a", "1.0.0", Optional.of("2026-12-01"))),
            new FindingCounts(1, 0, 2, 0));

    @TempDir
    Path tmp;

    private Path build(Path target, Map<String, String> files) throws Exception {
        try (OutputLock lock = OutputLock.acquire(target, Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            files.forEach((path, text) -> out.writeFile(path, text.getBytes(UTF_8)));
            out.commit(SUMMARY);
        }
        return target;
    }

    @Test
    void theManifestHashesFilesWithTheBaseUrlTakenOutToo() throws Exception {
        Path site = tmp.resolve("site");
        try (OutputLock lock = OutputLock.acquire(site, Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            out.takeOutBaseUrl(Optional.of("/pr-1/"), "https://h.example/pr-1/");
            out.writeFile("index.html", ("<a href=\"/pr-1/a/\">https://h.example/pr-1/b</a> <a href='/pr-1/'>x/pr-1/</a>"
                    + " https://github.com/o/r/blob/main/pr-1/x.md").getBytes(UTF_8));
            out.writeFile("a.json", "{\"url\": \"/a/\"}".getBytes(UTF_8));
            out.commit(SUMMARY);
        }

        List<ManifestFile> files = BuildManifest.readManifest(site).files();
        assertThat(files.get(0).contentSha256()).isEmpty();
        assertThat(files.get(1).contentSha256())
                .contains(ContentHash.hashBytes(("<a href=\"/a/\">https://h.example/b</a> <a href='/'>x/pr-1/</a>"
                        + " https://github.com/o/r/blob/main/pr-1/x.md").getBytes(UTF_8)));
        assertThat(BaseUrlRemoval.of(Optional.of("/"), "https://h.example/").hashWithoutBase("a.html",
                "<a href=\"/x/\">".getBytes(UTF_8))).isEmpty();
    }

    @Test
    void aCalendarIsComparedWithItsLinesUnfoldedSoALongerBaseUrlMovingTheFoldsChangesNothing() {
        byte[] root = "URL:https://h/integrations/sources/a-migrat\r\n ions/\r\nEND\r\n".getBytes(UTF_8);
        byte[] preview = "URL:https://h/pr-1/integrations/sources/a-\r\n migrations/\r\nEND\r\n".getBytes(UTF_8);
        BaseUrlRemoval none = BaseUrlRemoval.of(Optional.empty(), "https://h/");

        assertThat(BaseUrlRemoval.of(Optional.of("/pr-1/"), "https://h/pr-1/").hashWithoutBase("deadlines.ics", preview))
                .isEqualTo(none.hashWithoutBase("deadlines.ics", root))
                .contains(ContentHash.hashBytes("URL:https://h/integrations/sources/a-migrations/\r\nEND\r\n"
                        .getBytes(UTF_8)));
        assertThat(none.hashWithoutBase("page.html", root)).isEmpty();
    }

    @Test
    void commitSwapsInTheSiteWithMarkerAndManifestAndLeavesNoSibling() throws Exception {
        Path site = build(tmp.resolve("site"), Map.of("index.html", "<p>1</p>", "a/b.json", "{}"));

        assertThat(SiteTrees.readTree(site).keySet())
                .containsExactly(".site-gen/manifest.json", ".site-gen/output", "a/b.json", "index.html");
        BuildManifest manifest = BuildManifest.readManifest(site);
        assertThat(manifest.summary()).isEqualTo(SUMMARY);
        assertThat(manifest.files()).containsExactly(
                new ManifestFile("a/b.json", ContentHash.hashBytes("{}".getBytes(UTF_8)), 2),
                new ManifestFile("index.html", ContentHash.hashBytes("<p>1</p>".getBytes(UTF_8)), 8));
        assertThat(manifest.files().get(1).sha256())
                .isEqualTo("16de9dfa12664d7331c84ac261051ef5ebe566d03dae3faf5e45825fb04bcdbc");
        assertThat(SiteTrees.listNames(tmp)).containsExactly("site");

        build(site, Map.of("index.html", "<p>2</p>"));
        assertThat(SiteTrees.readTree(site).keySet())
                .containsExactly(".site-gen/manifest.json", ".site-gen/output", "index.html");
        assertThat(SiteTrees.listNames(tmp)).containsExactly("site");
    }

    @Test
    void closingWithoutCommitLeavesThePreviousOutputAsItWas() throws Exception {
        Path site = build(tmp.resolve("site"), Map.of("index.html", "<p>1</p>"));
        Map<String, byte[]> before = SiteTrees.readTree(site);

        try (OutputLock lock = OutputLock.acquire(site, Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            out.writeFile("index.html", "<p>half</p>".getBytes(UTF_8));
        }

        assertThat(SiteTrees.readTree(site)).usingRecursiveComparison().isEqualTo(before);
        assertThat(SiteTrees.listNames(tmp)).containsExactly("site");
    }

    @Test
    void unchangedFilesKeepTheirModificationTime() throws Exception {
        Path site = build(tmp.resolve("site"), Map.of("same.html", "same", "changed.html", "old", "size.html", "a"));
        SiteTrees.setEveryTime(site, LONG_AGO);

        build(site, Map.of("same.html", "same", "changed.html", "new", "size.html", "ab"));

        assertThat(Files.getLastModifiedTime(site.resolve("same.html"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(site.resolve(".site-gen/output"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(site.resolve("changed.html"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(site.resolve("size.html"))).isNotEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(site.resolve(".site-gen/manifest.json"))).isNotEqualTo(LONG_AGO);
    }

    @Test
    void rejectsPathsOutsideTheSiteAndInsideItsOwnFolder() throws Exception {
        try (OutputLock lock = OutputLock.acquire(tmp.resolve("site"), Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            byte[] x = {1};
            assertThatThrownBy(() -> out.writeFile("../evil.html", x)).hasMessageContaining("escapes the site");
            assertThatThrownBy(() -> out.writeFile(".site-gen/manifest.json", x)).hasMessageContaining("reserved");
            assertThatThrownBy(() -> out.writeFile("a/../.site-gen/output", x)).hasMessageContaining("reserved");
        }
        assertThat(SiteTrees.listNames(tmp)).isEmpty();
    }

    @Test
    void aPathWrittenTwiceWithDifferentBytesIsABug() throws Exception {
        try (OutputLock lock = OutputLock.acquire(tmp.resolve("site"), Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            out.writeFile("a.html", "1".getBytes(UTF_8));
            out.writeFile("a.html", "1".getBytes(UTF_8));
            assertThatThrownBy(() -> out.writeFile("a.html", "2".getBytes(UTF_8)))
                    .hasMessageContaining("written twice with different content: a.html");
        }
    }

    @Test
    void unchangedFilesAreStagedAsLinksToThePreviousOutputWhichIsNeverWrittenTo() throws Exception {
        Path site = build(tmp.resolve("site"), Map.of("same.html", "<p>same</p>", "changed.html", "<p>1</p>"));
        Object sameInode = Files.getAttribute(site.resolve("same.html"), "unix:ino");
        Object changedInode = Files.getAttribute(site.resolve("changed.html"), "unix:ino");

        try (OutputLock lock = OutputLock.acquire(site, Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            out.writeFile("same.html", "<p>same</p>".getBytes(UTF_8));
            out.writeFile("changed.html", "<p>2</p>".getBytes(UTF_8));
            assertThatThrownBy(() -> out.writeFile("same.html", "<p>other</p>".getBytes(UTF_8)))
                    .hasMessageContaining("written twice");
            assertThat(Files.readString(site.resolve("same.html"))).as("the live site").isEqualTo("<p>same</p>");
        }
        build(site, Map.of("same.html", "<p>same</p>", "changed.html", "<p>2</p>"));

        assertThat(Files.getAttribute(site.resolve("same.html"), "unix:ino")).isEqualTo(sameInode);
        assertThat(Files.getAttribute(site.resolve("changed.html"), "unix:ino")).isNotEqualTo(changedInode);
        assertThat(Files.readString(site.resolve("same.html"))).isEqualTo("<p>same</p>");
        assertThat(Files.readString(site.resolve("changed.html"))).isEqualTo("<p>2</p>");
    }

    @Test
    void copiedFilesAreHashedLikeWrittenOnes() throws Exception {
        Path icon = Files.writeString(tmp.resolve("icon.svg"), "<svg/>");
        try (OutputLock lock = OutputLock.acquire(tmp.resolve("site"), Duration.ZERO, n -> { });
             StagedOutput out = StagedOutput.begin(lock)) {
            out.copyFile("icons/a.svg", icon);
            assertThat(out.listFiles()).containsExactly(
                    new ManifestFile("icons/a.svg", ContentHash.hashBytes("<svg/>".getBytes(UTF_8)), 6));
        }
    }

    static void writeMarked(Path dir, String file) throws IOException {
        Files.createDirectories(dir.resolve(".site-gen"));
        Files.writeString(dir.resolve(".site-gen/output"), "x");
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), file);
    }
}
