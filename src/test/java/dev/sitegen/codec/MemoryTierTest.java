package dev.sitegen.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory tier of the caches' files: a value is given back only while its file keeps its stamp. */
class MemoryTierTest {

    @TempDir
    Path tmp;

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    @Test
    void offItKeepsNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        MemoryTier.keep(file, Optional.empty(), "value");
        MemoryTier.enable();
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
    }

    @Test
    void aValueIsGivenBackWhileTheFileIsUnchanged() throws Exception {
        MemoryTier.enable();
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        MemoryTier.keep(file, Optional.empty(), "value");
        int before = MemoryTier.countReused();
        assertThat(MemoryTier.findKept(file, String.class)).contains("value");
        assertThat(MemoryTier.findKept(tmp.resolve(".").resolve("cache.bin"), String.class)).contains("value");
        assertThat(MemoryTier.countReused()).isEqualTo(before + 2);
        assertThat(MemoryTier.findKept(file, Integer.class)).as("another kind").isEmpty();
    }

    @Test
    void aFileRewrittenWithTheSameBytesIsDecodedAgain() throws Exception {
        MemoryTier.enable();
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        MemoryTier.keep(file, Optional.empty(), "value");
        // another process writing the same bytes: the change time moves, whatever the size and modification time
        Files.setLastModifiedTime(file, Files.getLastModifiedTime(file));
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
        Files.writeString(file, "other");
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
    }

    @Test
    void aFileReplacedByRenameOrDeletedIsDecodedAgain() throws Exception {
        MemoryTier.enable();
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        MemoryTier.keep(file, Optional.empty(), "value");
        Path other = Files.writeString(tmp.resolve("other.bin"), "bytes");
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
        MemoryTier.keep(file, Optional.empty(), "value");
        Files.delete(file);
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
    }

    @Test
    void aFileChangedWhileItWasReadIsNotKept() throws Exception {
        MemoryTier.enable();
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        Optional<String> stamp = MemoryTier.stampBeforeRead(file);
        Files.writeString(file, "bytes and more");
        MemoryTier.keep(file, stamp, "value");
        assertThat(MemoryTier.findKept(file, String.class)).isEmpty();
    }

    @Test
    void aLinkIsNeverKept() throws Exception {
        MemoryTier.enable();
        Path file = Files.writeString(tmp.resolve("cache.bin"), "bytes");
        Path link = Files.createSymbolicLink(tmp.resolve("link.bin"), file);
        MemoryTier.keep(link, Optional.empty(), "value");
        assertThat(MemoryTier.findKept(link, String.class)).isEmpty();
    }

    @Test
    void onlyTheLastFilesAreKept() throws Exception {
        MemoryTier.enable();
        for (int i = 0; i <= MemoryTier.MAX_FILES; i++) {
            MemoryTier.keep(Files.writeString(tmp.resolve(i + ".bin"), "bytes"), Optional.empty(), "value " + i);
        }
        assertThat(MemoryTier.findKept(tmp.resolve("0.bin"), String.class)).isEmpty();
        assertThat(MemoryTier.findKept(tmp.resolve("1.bin"), String.class)).contains("value 1");
        assertThat(MemoryTier.findKept(tmp.resolve(MemoryTier.MAX_FILES + ".bin"), String.class))
                .contains("value " + MemoryTier.MAX_FILES);
    }

    @Test
    void aDeletedFileFreesItsValueWhenAnotherIsKept() throws Exception {
        MemoryTier.enable();
        Path gone = Files.writeString(tmp.resolve("gone.bin"), "bytes");
        MemoryTier.keep(gone, Optional.empty(), "gone");
        MemoryTier.keep(Files.writeString(tmp.resolve("kept.bin"), "bytes"), Optional.empty(), "kept");
        assertThat(MemoryTier.countKept()).isEqualTo(2);
        Files.delete(gone);
        MemoryTier.keep(Files.writeString(tmp.resolve("new.bin"), "bytes"), Optional.empty(), "new");
        assertThat(MemoryTier.countKept()).isEqualTo(2);
        assertThat(MemoryTier.findKept(tmp.resolve("kept.bin"), String.class)).contains("kept");
    }
}
