package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file written as a stream (the render cache) replaces the old one only once it is complete: a
 * writer that fails half-way leaves the old bytes and no temporary file behind.
 */
class OutputFilesReplaceTest {

    @TempDir
    Path dir;

    @Test
    void aStreamedFileReplacesTheOldOneWhole() throws IOException {
        Path file = dir.resolve("render-cache.json");
        Files.writeString(file, "old");

        OutputFiles.replaceFile(file, out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });

        assertThat(Files.readAllLines(file)).hasSize(100_000).startsWith("line 0").endsWith("line 99999");
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(file);
        }
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("render-cache.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> OutputFiles.replaceFile(file, out -> {
            out.write(new byte[200_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (var listing = Files.list(dir)) {
            assertThat(listing.toList()).containsExactly(file);
        }
    }
}
