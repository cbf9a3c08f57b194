package dev.sitegen.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpareOutputTest {

    @TempDir
    Path tmp;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /** Every file and folder below {@code dir}, relative, sorted (folders end in a slash). */
    private static List<String> listEntries(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }

    private Path plantSpare(Path target) throws IOException {
        Path spare = SpareOutput.spareOf(target);
        write(spare.resolve(OutputMarker.MARKER), "marker");
        write(spare.resolve(OutputMarker.MANIFEST), "{}");
        return spare;
    }

    @Test
    void theReplacedOutputBecomesTheNextStagingFolderHoldingExactlyWhatIsStaged() throws IOException {
        Path target = tmp.resolve("site");
        Path spare = plantSpare(target);
        write(spare.resolve("a/b.html"), "old b");
        write(spare.resolve("a/c.html"), "gone");
        write(spare.resolve("x/y/z.html"), "gone too");
        Path staging = tmp.resolve("site.staging-1");

        SpareOutput adopted = SpareOutput.createStaging(target, staging);
        adopted.clearWay(staging, OutputMarker.MARKER);

        assertThat(spare).doesNotExist();
        assertThat(staging.resolve("a/b.html")).hasContent("old b");
        adopted.clearWay(staging, "a/b.html");
        Files.delete(staging.resolve("a/b.html"));
        Files.writeString(staging.resolve("a/b.html"), "new b");
        adopted.removeLeftovers(staging, List.of("a/b.html", OutputMarker.MARKER, OutputMarker.MANIFEST));

        assertThat(listEntries(staging)).containsExactly(".site-gen/", ".site-gen/output", "a/", "a/b.html");
        assertThat(staging.resolve("a/b.html")).hasContent("new b");
    }

    @Test
    void linksInAnAdoptedFolderAreDeletedNeverFollowed() throws IOException {
        Path target = tmp.resolve("site");
        Path spare = plantSpare(target);
        Path outside = write(tmp.resolve("outside/keep.txt"), "keep");
        Files.createDirectories(spare.resolve("a"));
        Files.createSymbolicLink(spare.resolve("a/page.html"), outside);
        Files.createSymbolicLink(spare.resolve("d"), outside.getParent());
        Path staging = tmp.resolve("site.staging-1");

        SpareOutput adopted = SpareOutput.createStaging(target, staging);
        adopted.clearWay(staging, OutputMarker.MARKER);
        adopted.clearWay(staging, "d/keep.txt");
        OutputFiles.createFolders(staging.resolve("d"));
        Files.writeString(staging.resolve("d/keep.txt"), "staged");
        adopted.removeLeftovers(staging, List.of("d/keep.txt", OutputMarker.MARKER, OutputMarker.MANIFEST));

        assertThat(listEntries(staging)).containsExactly(".site-gen/", ".site-gen/output", "d/", "d/keep.txt");
        assertThat(outside).hasContent("keep");
        assertThat(listEntries(outside.getParent())).containsExactly("keep.txt");
    }

    @Test
    void aFileWhereAFolderNowIsAndAFolderWhereAFileNowIsMakeWay() throws IOException {
        Path target = tmp.resolve("site");
        Path spare = plantSpare(target);
        write(spare.resolve("a"), "was a file");
        write(spare.resolve("b/c/d.html"), "was in a folder");
        Path staging = tmp.resolve("site.staging-1");

        SpareOutput adopted = SpareOutput.createStaging(target, staging);
        adopted.clearWay(staging, OutputMarker.MARKER);
        adopted.clearWay(staging, "a/index.html");
        adopted.clearWay(staging, "b");
        OutputFiles.createFolders(staging.resolve("a"));
        Files.writeString(staging.resolve("a/index.html"), "page");
        Files.writeString(staging.resolve("b"), "file");
        adopted.removeLeftovers(staging, List.of("a/index.html", "b", OutputMarker.MARKER, OutputMarker.MANIFEST));

        assertThat(listEntries(staging)).containsExactly(".site-gen/", ".site-gen/output", "a/", "a/index.html", "b");
    }

    @Test
    void aFolderWithoutTheMarkerIsNeverAdoptedNorTouched() throws IOException {
        Path target = tmp.resolve("site");
        Path planted = SpareOutput.spareOf(target);
        write(planted.resolve("index.html"), "mine");
        Path staging = tmp.resolve("site.staging-1");

        SpareOutput.createStaging(target, staging);

        assertThat(listEntries(staging)).isEmpty();
        assertThat(planted.resolve("index.html")).hasContent("mine");
    }

    @Test
    void theReplacedOutputIsKeptOnlyWhereTheStampFolderIsAndNoSpareIs() throws IOException {
        Path target = tmp.resolve("site");
        Path old = write(tmp.resolve("site.old-1/index.html"), "old").getParent();

        assertThat(SpareOutput.keepReplaced(old, target)).isFalse();
        Files.createDirectories(BuildStamp.stampDir(target));
        assertThat(SpareOutput.keepReplaced(old, target)).isTrue();
        assertThat(SpareOutput.spareOf(target).resolve("index.html")).hasContent("old");

        Path another = write(tmp.resolve("site.old-2/index.html"), "another").getParent();
        assertThat(SpareOutput.keepReplaced(another, target)).isFalse();
        assertThat(SpareOutput.spareOf(target).resolve("index.html")).hasContent("old");
        assertThat(Files.readString(another.resolve("index.html"), UTF_8)).isEqualTo("another");
    }

    @Test
    void anAdoptedHardLinkToThePreviousFileIsKeptAndACopyIsNot() throws IOException {
        Path target = tmp.resolve("site");
        Path previous = write(target.resolve("a/same.html"), "same");
        Path copy = write(target.resolve("a/copy.html"), "copy");
        Path spare = plantSpare(target);
        Files.createDirectories(spare.resolve("a"));
        Files.createLink(spare.resolve("a/same.html"), previous);
        Files.writeString(spare.resolve("a/copy.html"), "copy");
        Path staging = tmp.resolve("site.staging-1");

        SpareOutput adopted = SpareOutput.createStaging(target, staging);
        adopted.clearWay(staging, OutputMarker.MARKER);

        assertThat(adopted.keepsLinkTo(staging, "a/same.html", previous)).isTrue();
        assertThat(adopted.keepsLinkTo(staging, "a/copy.html", copy)).isFalse();
        assertThat(adopted.keepsLinkTo(staging, "a/none.html", copy)).isFalse();
        adopted.removeLeftovers(staging, List.of("a/same.html", OutputMarker.MARKER, OutputMarker.MANIFEST));
        assertThat(listEntries(staging)).containsExactly(".site-gen/", ".site-gen/output", "a/", "a/same.html");
        assertThat(previous).hasContent("same");
        assertThat(copy).hasContent("copy");
    }
}
