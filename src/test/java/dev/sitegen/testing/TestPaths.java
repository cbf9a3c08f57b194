package dev.sitegen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
