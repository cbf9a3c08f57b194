package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BumpWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileAndLeavesNoTemporaries() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.md"), "old\n");
        Path b = tmp.resolve("docs/b.md");

        BumpWriter.writeChanges(List.of(new FileChange("a.md", a, Optional.of("old\n"), "new\n"),
                new FileChange("docs/b.md", b, Optional.empty(), "\uFEFFcreated\n")));

        assertThat(a).hasContent("new");
        assertThat(Files.readAllBytes(b)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(listFiles()).containsExactly("a.md", "docs/b.md");
    }

    @Test
    void aFailedMovePutsBackWhatWasAlreadyWritten() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.md"), "old\n");
        Path created = tmp.resolve("c.md");
        Path blocked = Files.createDirectories(tmp.resolve("blocked"));
        Files.writeString(blocked.resolve("inside.txt"), "keeps the folder non-empty");

        assertThatThrownBy(() -> BumpWriter.writeChanges(List.of(
                new FileChange("a.md", a, Optional.of("old\n"), "new\n"),
                new FileChange("c.md", created, Optional.empty(), "created\n"),
                new FileChange("blocked", blocked, Optional.of(""), "cannot replace a folder\n")))).isInstanceOf(IOException.class);

        assertThat(a).hasContent("old");
        assertThat(listFiles()).containsExactly("a.md", "blocked/inside.txt");
    }

    private List<String> listFiles() throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
