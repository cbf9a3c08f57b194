package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files at a commit kept by a long-lived process ({@link KeptBlobs}, read by {@link GitBlobs}): asked again at the
 * same commit they come from memory; another commit, another place of ROOT or the tier off reads git; kept bytes
 * cannot be changed through what was handed out; replace refs change nothing (files are read as committed).
 */
class KeptBlobsTest {

    private static final String FILE = "connectors/source-fig/metadata.yaml";

    @AfterEach
    void disable() {
        MemoryTier.disable();
        KeptBlobs.forgetAll();
    }

    @Test
    void theSameCommitIsReadFromMemoryAndAnotherCommitFromGit(@TempDir Path tmp) throws Exception {
        requireGit();
        Path repo = createRepo(tmp, "dockerImageTag: 1.0.0\n");
        BaseCommit first = resolveHead(repo, repo);
        MemoryTier.enable();

        Map<String, byte[]> read = readAt(repo, first);
        int reused = KeptBlobs.countReused();
        Map<String, byte[]> again = readAt(repo, first);

        // the file's answer is re-used; git's `missing` for absent.yaml is asked again (never kept: a store fact)
        assertThat(KeptBlobs.countReused() - reused).isEqualTo(1);
        assertThat(text(again)).isEqualTo(text(read)).containsOnlyKeys(FILE);
        assertThat(text(again).get(FILE)).isEqualTo("dockerImageTag: 1.0.0\n");

        Files.writeString(repo.resolve(FILE), "dockerImageTag: 2.0.0\n");
        commitAll(repo, "second");
        BaseCommit second = resolveHead(repo, repo);
        reused = KeptBlobs.countReused();

        assertThat(text(readAt(repo, second)).get(FILE)).isEqualTo("dockerImageTag: 2.0.0\n");
        assertThat(KeptBlobs.countReused() - reused).as("the second commit is asked of git").isZero();
        assertThat(text(readAt(repo, first)).get(FILE)).isEqualTo("dockerImageTag: 1.0.0\n");
    }

    @Test
    void aRootInASubfolderIsAnotherPlaceAtTheSameCommit(@TempDir Path tmp) throws Exception {
        requireGit();
        Path repo = createRepo(tmp, "top\n");
        Files.createDirectories(repo.resolve("site/connectors/source-fig"));
        Files.writeString(repo.resolve("site/" + FILE), "below\n");
        commitAll(repo, "site");
        MemoryTier.enable();

        assertThat(text(readAt(repo, resolveHead(repo, repo))).get(FILE)).isEqualTo("top\n");
        Path site = repo.resolve("site");
        assertThat(text(readAt(site, resolveHead(repo, site))).get(FILE)).isEqualTo("below\n");
    }

    @Test
    void filesAreReadAsCommittedWhateverTheReplaceRefs(@TempDir Path tmp) throws Exception {
        requireGit();
        Path repo = createRepo(tmp, "committed\n");
        BaseCommit commit = resolveHead(repo, repo);
        Path other = repo.resolve("other.txt");
        Files.writeString(other, "replacement\n");
        String original = runGit(repo, "rev-parse", "HEAD:" + FILE).strip();
        String replacement = runGit(repo, "hash-object", "-w", other.toString()).strip();
        runGit(repo, "replace", original, replacement);
        assertThat(runGit(repo, "cat-file", "-p", "HEAD:" + FILE)).as("git itself now shows the replacement")
                .isEqualTo("replacement\n");

        assertThat(text(readAt(repo, commit)).get(FILE)).isEqualTo("committed\n");
    }

    @Test
    void nothingIsKeptWithTheTierOffAndKeptBytesAreCopies() {
        KeptBlobs.keep("0123:off", Optional.of(new byte[] {1}));
        assertThat(KeptBlobs.findKept("0123:off")).isEmpty();

        MemoryTier.enable();
        byte[] bytes = {1, 2, 3};
        KeptBlobs.keep("0123:on", Optional.of(bytes));
        bytes[0] = 9;
        KeptBlobs.findKept("0123:on").orElseThrow().bytes().orElseThrow()[1] = 9;

        assertThat(KeptBlobs.findKept("0123:on").orElseThrow().bytes()).contains(new byte[] {1, 2, 3});
        KeptBlobs.keep("0123:none", Optional.empty());
        assertThat(KeptBlobs.findKept("0123:none").orElseThrow().bytes()).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstPastTheBounds() {
        MemoryTier.enable();
        KeptBlobs.keep("bounds:first", Optional.of(new byte[] {1}));
        for (int i = 0; i < KeptBlobs.MAX_FILES; i++) {
            KeptBlobs.keep("bounds:" + i, Optional.empty());
        }
        assertThat(KeptBlobs.findKept("bounds:first")).isEmpty();
        assertThat(KeptBlobs.findKept("bounds:" + (KeptBlobs.MAX_FILES - 1))).isPresent();

        KeptBlobs.keep("bounds:big", Optional.of(new byte[(int) KeptBlobs.MAX_BYTES / 2 + 1]));
        KeptBlobs.keep("bounds:bigger", Optional.of(new byte[(int) KeptBlobs.MAX_BYTES / 2 + 1]));
        assertThat(KeptBlobs.findKept("bounds:big")).isEmpty();
        assertThat(KeptBlobs.findKept("bounds:bigger")).isPresent();
        KeptBlobs.keep("bounds:huge", Optional.of(new byte[(int) KeptBlobs.MAX_BYTES + 1]));
        assertThat(KeptBlobs.findKept("bounds:huge")).isEmpty();
    }

    private static Map<String, byte[]> readAt(Path root, BaseCommit commit) throws IOException {
        return GitBlobs.readBlobs(root, commit, new TreeSet<>(List.of(FILE, "connectors/source-fig/absent.yaml")),
                System.getenv());
    }

    private static Map<String, String> text(Map<String, byte[]> bytes) {
        Map<String, String> out = new java.util.TreeMap<>();
        bytes.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    private static BaseCommit resolveHead(Path repo, Path root) throws Exception {
        List<String> lines = runGit(root, "rev-parse", "--show-prefix", "HEAD").lines().toList();
        return new BaseCommit(lines.get(1), lines.get(0));
    }

    private static Path createRepo(Path tmp, String metadata) throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("connectors/source-fig"));
        Files.writeString(repo.resolve(FILE), metadata);
        runGit(repo, "init", "-q");
        commitAll(repo, "base");
        return repo;
    }

    private static void commitAll(Path repo, String message) throws Exception {
        runGit(repo, "add", "-A");
        runGit(repo, "-c", "user.name=Site Gen Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    private static String runGit(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
        return output;
    }

    private static void requireGit() {
        boolean available;
        try {
            Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            available = p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            available = false;
        }
        Assumptions.assumeTrue(available, "git is not on PATH");
    }
}
