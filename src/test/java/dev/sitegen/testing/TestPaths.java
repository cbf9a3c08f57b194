package dev.sitegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Where tests find the project's own {@code content/} and the optional shared corpus. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path projectDir() {
        String dir = System.getProperty("sitegen.project");
        return Path.of(dir == null || dir.isBlank() ? System.getProperty("user.dir") : dir);
    }

    public static Path contentDir() {
        return projectDir().resolve("content");
    }

    public static Path fixtureSite(String name) {
        return projectDir().resolve("src/test/resources/sites").resolve(name);
    }

    /** The shared corpus; the calling test (or class, from {@code @BeforeAll}) is skipped without it. */
    public static Path requireCorpus() {
        Optional<Path> corpus = findCorpus();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found beside the project: skipped");
        return corpus.get();
    }

    /**
     * The shared corpus built into {@code out} as the corpus tests read it: every finding let through, dated
     * 2025-08-15 (the snapshot's month), plus {@code options}; skipped without the corpus.
     */
    public static CliRun buildCorpus(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("build", requireCorpus().toString(), "--out", out.toString(),
                "--fail-on", "never", "--as-of", "2025-08-15"));
        args.addAll(List.of(options));
        return CliRun.runCli(args.toArray(String[]::new));
    }

    /** The shared corpus when the pom profile found it beside the project. */
    public static Optional<Path> findCorpus() {
        String dir = System.getProperty("sitegen.corpus");
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path p = Path.of(dir);
        return Files.isDirectory(p.resolve("airbyte-integrations/connectors")) ? Optional.of(p) : Optional.empty();
    }
}
