package dev.sitegen.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.cli.Invocation;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds small project-layout roots on the fly for the hostile-input tests: valid connectors with
 * whatever metadata fields, docs and icons a test wants to poison, and runs the CLI over them.
 */
final class HostileSites {

    static final String AS_OF = "2026-01-15";

    private HostileSites() {
    }

    static Path newRoot(Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(root.resolve("site.yaml"), """
                title: Hostile Catalog
                siteUrl: https://docs.example.org
                repositoryUrl: https://github.com/example/connectors
                """);
        Files.createDirectories(root.resolve("connectors"));
        Files.createDirectories(root.resolve("docs/integrations/sources"));
        return root;
    }

    /** A double-quoted YAML scalar holding {@code text} exactly. */
    static String yamlQuote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }

    /** Valid metadata for {@code source-<name>}; {@code extra} lines are appended under {@code data:}. */
    static String metadata(String name, String displayName, String extra) {
        return "data:\n"
                + "  name: " + yamlQuote(displayName) + "\n"
                + "  definitionId: " + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "\n"
                + "  connectorType: source\n"
                + "  connectorSubtype: api\n"
                + "  dockerRepository: fixture/source-" + name + "\n"
                + "  dockerImageTag: 1.0.0\n"
                + "  license: MIT\n"
                + "  documentationUrl: https://docs.example.org/integrations/sources/" + name + "\n"
                + "  githubIssueLabel: source-" + name + "\n"
                + "  releaseStage: alpha\n"
                + extra;
    }

    static Path writeConnector(Path root, String name, String metadata) throws IOException {
        Path dir = Files.createDirectories(root.resolve("connectors/source-" + name));
        Files.writeString(dir.resolve("metadata.yaml"), metadata);
        return dir;
    }

    /** A doc with a changelog whose one row is 1.0.0, so the version checks pass. */
    static String doc(String title, String body) {
        return "# " + title + "\n\n" + body + "\n\n## Changelog\n\n"
                + "| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n"
                + "| 1.0.0 | 2025-01-01 | [1](https://github.com/example/connectors/pull/1) | First release |\n";
    }

    static Path writeDoc(Path root, String name, String markdown) throws IOException {
        return Files.writeString(root.resolve("docs/integrations/sources/" + name + ".md"), markdown);
    }

    static void writeGoodConnector(Path root, String name) throws IOException {
        writeConnector(root, name, metadata(name, "Good " + name, ""));
        writeDoc(root, name, doc("Good " + name, "A well-behaved connector."));
    }

    /** {@code build ROOT --out OUT --as-of ... --format json} plus {@code extra}. */
    static CliRun build(Path root, Path out, String... extra) {
        return build(Invocation.ofThisProcess(), root, out, extra);
    }

    /** The same build, run for a caller in {@code invocation}'s folder and environment. */
    static CliRun build(Invocation invocation, Path root, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", root.toString(), "--out", out.toString(),
                "--as-of", AS_OF, "--format", "json", "--jobs", "2"));
        args.addAll(List.of(extra));
        return CliRun.runCliFor(invocation, args.toArray(String[]::new));
    }

    static JsonNode diagnostics(CliRun run) {
        try {
            return new ObjectMapper().readTree(run.out()).path("diagnostics");
        } catch (IOException e) {
            throw new AssertionError("not a JSON report:\n" + run.out() + run.err(), e);
        }
    }

    static List<Path> listFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Best effort: Chromium may still be closing files in its profile. */
    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // under the system temp folder
        }
    }

    static Path projectDir() {
        return TestPaths.projectDir();
    }
}
