package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code check}'s cache goes ({@link CheckCacheFile#locate}): {@code XDG_CACHE_HOME} when absolute, else the
 * home folder's {@code .cache}; one file per root, by a digest of its path; never inside the root, not even
 * through a link.
 */
class CheckCacheFileTest {

    @TempDir
    Path tmp;

    @Test
    void theCacheFolderIsXdgsWhenAbsoluteElseTheHomeFolders() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        Path xdg = tmp.resolve("xdg");
        String name = CheckCacheFile.nameOf(root) + ".bin";
        assertThat(name).matches("[0-9a-f]{16}\\.bin");

        assertThat(CheckCacheFile.locate(Map.of("XDG_CACHE_HOME", xdg.toString()), "/home/u", root).orElseThrow()
                .path()).isEqualTo(xdg.resolve("site-gen/check").resolve(name));
        assertThat(CheckCacheFile.locate(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/u", root).orElseThrow()
                .path()).isEqualTo(Path.of("/home/u/.cache/site-gen/check").resolve(name));
        assertThat(CheckCacheFile.locate(Map.of(), "/home/u", root).orElseThrow().path())
                .isEqualTo(Path.of("/home/u/.cache/site-gen/check").resolve(name));
        assertThat(CheckCacheFile.locate(Map.of(), null, root)).isEmpty();
        assertThat(CheckCacheFile.locate(Map.of(), "relative", root)).isEmpty();
        assertThat(CheckCacheFile.locate(Map.of(), "/home/u", tmp.resolve("other")).orElseThrow().path())
                .isNotEqualTo(CheckCacheFile.locate(Map.of(), "/home/u", root).orElseThrow().path());
    }

    @Test
    void noCacheInsideTheRootNorThroughALinkIntoIt() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root")).toRealPath();
        assertThat(CheckCacheFile.locate(Map.of("XDG_CACHE_HOME", root.resolve("cache").toString()), null, root))
                .isEmpty();
        assertThat(CheckCacheFile.locate(Map.of(), root.toString(), root)).isEmpty();
        Path link = Files.createSymbolicLink(tmp.resolve("link"), root);
        assertThat(CheckCacheFile.locate(Map.of("XDG_CACHE_HOME", link.resolve("cache").toString()), null, root))
                .isEmpty();
    }
}
