package dev.sitegen.publish;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page scans kept beside an output: spooled, indexed at commit with each page's SHA-256, handed
 * back only for the same path and hash, and ignored with an info line when of another key or broken.
 */
class PageScanFileTest {

    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);

    @TempDir
    Path tmp;
    Path target;
    final List<String> info = new ArrayList<>();

    @BeforeEach
    void keepTwoScans() throws IOException {
        target = tmp.toRealPath().resolve("site");
        try (PageScanFile scans = PageScanFile.open(target, "key 1", false, info::add)) {
            scans.keepScan("a/index.html", "scan of a".getBytes(UTF_8));
            scans.keepScan("b/index.html", "scan of b".getBytes(UTF_8));
            scans.keepScan("unknown.html", "not in the manifest".getBytes(UTF_8));
            scans.commit(path -> Optional.ofNullable(Map.of("a/index.html", SHA_A, "b/index.html", SHA_B).get(path)));
        }
        assertThat(file(PageScanFile.NAME)).isRegularFile();
        assertThat(file(PageScanFile.SPOOL)).doesNotExist();
    }

    @Test
    void aScanIsHandedBackOnlyForItsPathAndHash() throws IOException {
        try (PageScanFile scans = PageScanFile.open(target, "key 1", true, info::add)) {
            assertThat(scans.findScan("a/index.html", SHA_A)).hasValueSatisfying(b -> assertThat(b).asString(UTF_8).isEqualTo("scan of a"));
            assertThat(scans.findScan("b/index.html", SHA_B)).hasValueSatisfying(b -> assertThat(b).asString(UTF_8).isEqualTo("scan of b"));
            assertThat(scans.findScan("a/index.html", SHA_B)).isEmpty();
            assertThat(scans.findScan("unknown.html", SHA_A)).isEmpty();
            assertThat(file(PageScanFile.SPOOL)).isRegularFile();
        }
        assertThat(info).isEmpty();
        // closed without a commit: the spool is gone, the kept file stays
        assertThat(file(PageScanFile.SPOOL)).doesNotExist();
        assertThat(file(PageScanFile.NAME)).isRegularFile();
    }

    @Test
    void nothingIsReadWhenTheCacheIsNotTrusted() throws IOException {
        try (PageScanFile scans = PageScanFile.open(target, "key 1", false, info::add)) {
            assertThat(scans.findScan("a/index.html", SHA_A)).isEmpty();
        }
        assertThat(info).isEmpty();
    }

    @Test
    void scansOfAnotherKeyAreIgnoredWithAnInfoLine() throws IOException {
        try (PageScanFile scans = PageScanFile.open(target, "key 2", true, info::add)) {
            assertThat(scans.findScan("a/index.html", SHA_A)).isEmpty();
        }
        assertThat(info).singleElement().asString().startsWith("info: the page scans page-scans.bin cannot be used")
                .contains("another site-gen version");
    }

    @Test
    void aTruncatedOrGarbledFileIsIgnoredWithAnInfoLine() throws IOException {
        byte[] bytes = Files.readAllBytes(file(PageScanFile.NAME));
        Files.write(file(PageScanFile.NAME), Arrays.copyOf(bytes, bytes.length - 5));
        try (PageScanFile scans = PageScanFile.open(target, "key 1", true, info::add)) {
            assertThat(scans.findScan("a/index.html", SHA_A)).isEmpty();
        }
        byte[] garbled = bytes.clone();
        garbled[garbled.length - 3] ^= 0x7f;
        Files.write(file(PageScanFile.NAME), garbled);
        try (PageScanFile scans = PageScanFile.open(target, "key 1", true, info::add)) {
            assertThat(scans.findScan("a/index.html", SHA_A)).isEmpty();
        }
        assertThat(info).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("info: the page scans"));
    }

    private Path file(String name) {
        return tmp.resolve(".site-gen/site").resolve(name);
    }
}
