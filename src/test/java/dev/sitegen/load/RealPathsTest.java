package dev.sitegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered folders give every path the real path the file system gives it. */
class RealPathsTest {

    @TempDir
    Path tmp;

    @Test
    void givesTheFileSystemsRealPathThroughLinksAndMissingEntries() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real/docs"));
        Files.writeString(real.resolve("a.md"), "a");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.md"), "b");
        Path linkedFolder = Files.createSymbolicLink(tmp.resolve("linked"), real);
        Files.createSymbolicLink(real.resolve("b.md"), elsewhere.resolve("b.md"));
        Files.createSymbolicLink(real.resolve("gone.md"), tmp.resolve("nowhere.md"));
        Files.createSymbolicLink(real.resolve("loop.md"), real.resolve("loop.md"));
        RealPaths paths = new RealPaths();
        List<Path> asked = List.of(real.resolve("a.md"), real.resolve("b.md"), linkedFolder.resolve("a.md"),
                linkedFolder.resolve("b.md"), real.resolve("gone.md"), real.resolve("loop.md"),
                real.resolve("missing.md"), tmp.resolve("missing/a.md"), real, linkedFolder, tmp);
        // twice: the second round answers from the remembered folders
        for (int round = 0; round < 2; round++) {
            for (Path p : asked) {
                Path abs = p.toAbsolutePath().normalize();
                assertEquals(RealPaths.resolve(abs), paths.findRealPath(abs), abs.toString());
            }
        }
        assertEquals(Optional.of(elsewhere.toRealPath().resolve("b.md")), paths.findRealPath(linkedFolder.resolve("b.md")));
        assertEquals(Optional.empty(), paths.findRealPath(real.resolve("gone.md")));
    }
}
