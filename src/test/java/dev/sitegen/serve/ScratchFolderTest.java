package dev.sitegen.serve;

import static dev.sitegen.serve.PreviewClient.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The preview's temporary folder: stopping only renames it (a monorepo's site takes seconds to
 * delete), and what a stopped or killed preview left is deleted by the next one.
 */
class ScratchFolderTest {

    @Test
    void discardMovesTheFolderAwayAtOnceAndDeletesItInTheBackground() throws Exception {
        ScratchFolder folder = ScratchFolder.createFolder();
        Path dir = folder.dir();
        Files.createDirectories(dir.resolve("site/integrations/sources/x"));
        Files.writeString(dir.resolve("site/integrations/sources/x/index.html"), "<p>x</p>", StandardCharsets.UTF_8);

        folder.discard();

        assertThat(dir).doesNotExist();
        Path discarded = dir.resolveSibling(dir.getFileName() + ".discarded");
        assertThat(awaitCondition(() -> !Files.exists(discarded), 10)).isTrue();
    }

    @Test
    void theNextPreviewDeletesFoldersWhoseOwnerIsGoneAndKeepsOthers() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path abandoned = Files.createTempDirectory(tmp, ScratchFolder.PREFIX);
        Files.writeString(abandoned.resolve("owner.pid"), Long.toString(gone.pid()), StandardCharsets.UTF_8);
        Files.createDirectories(abandoned.resolve("site/assets"));
        Files.writeString(abandoned.resolve("site/assets/style.css"), "p{}", StandardCharsets.UTF_8);
        Path unmarked = Files.createTempDirectory(tmp, ScratchFolder.PREFIX);
        Path alive = Files.createTempDirectory(tmp, ScratchFolder.PREFIX);
        Files.writeString(alive.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.UTF_8);
        try {
            ScratchFolder next = ScratchFolder.createFolder();

            assertThat(awaitCondition(() -> !Files.exists(abandoned), 10)).isTrue();
            assertThat(unmarked).isDirectory();
            assertThat(alive).isDirectory();
            assertThat(next.dir()).isDirectory();
            next.discard();
        } finally {
            Files.deleteIfExists(unmarked);
            Files.deleteIfExists(alive.resolve("owner.pid"));
            Files.deleteIfExists(alive);
        }
    }
}
