package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --write-baseline} then {@code --baseline}: only new findings are reported and fail. */
class CheckBaselineTest {

    private static final String APPLE_DOC = "docs/integrations/sources/apple.md";
    private static final String APPLE_META = "connectors/source-apple/metadata.yaml";

    @Test
    void fixtureBaselineHidesKnownFindingsThroughEditsAndReportsNewOnes(@TempDir Path tmp) throws Exception {
        Path root = copyTree(TestPaths.fixtureSite("baseline-small"), tmp.resolve("site"));
        String baseline = tmp.resolve("b.json").toString();

        CliRun write = CliRun.runCli("check", root.toString(), "--write-baseline", baseline);
        assertThat(write.exitCode()).isEqualTo(1);
        assertThat(write.err()).contains("wrote baseline " + baseline + ": 3 finding(s)");
        assertThat(checkJson(root, baseline).exitCode()).isZero();

        // A new release row on top moves every row (and the "(line N)" in a message) down: still known.
        replaceIn(root.resolve(APPLE_META), "dockerImageTag: 1.2.0", "dockerImageTag: 1.3.0");
        replaceIn(root.resolve(APPLE_DOC), "| 1.2.0   |", "| 1.3.0   | 2024-06-01 | "
                + "[130](https://github.com/acme/connectors/pull/130) | Retries |\n| 1.2.0   |");
        CliRun moved = checkJson(root, baseline);
        assertThat(moved.exitCode()).isZero();
        assertThat(readJson(moved).at("/summary/errors").asInt()).isZero();

        // Fixing a known finding leaves a stale entry: reported, never a failure.
        replaceIn(root.resolve(APPLE_DOC), "2024-03-1 ", "2024-03-01");
        CliRun fixed = checkJson(root, baseline);
        assertThat(fixed.exitCode()).isZero();
        assertThat(readJson(fixed).at("/summary/staleBaseline").asInt()).isEqualTo(1);
        assertThat(fixed.err()).contains("2 known finding(s) hidden, 1 stale");

        replaceIn(root.resolve(APPLE_DOC), "| 1.3.0   |", "| 1.2.5   |");
        CliRun broken = checkJson(root, baseline);
        assertThat(broken.exitCode()).isEqualTo(1);
        JsonNode report = readJson(broken);
        assertThat(report.get("diagnostics")).hasSize(1);
        assertThat(report.at("/diagnostics/0/rule").asText()).isEqualTo("changelog-current-version");
        assertThat(report.at("/diagnostics/0/connector").asText()).isEqualTo("source-apple");
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
    }

    @Test
    void missingBaselineIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.runCli("check", TestPaths.fixtureSite("baseline-small").toString(),
                "--baseline", tmp.resolve("none.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such baseline file").contains("--write-baseline");
    }

    @Test
    void partialWriteKeepsTheOtherConnectorsEntries(@TempDir Path tmp) throws Exception {
        Path root = TestPaths.fixtureSite("baseline-small");
        Path baseline = tmp.resolve("b.json");
        CliRun.runCli("check", root.toString(), "--write-baseline", baseline.toString());
        String full = Files.readString(baseline);

        CliRun partial = CliRun.runCli("check", root.toString(), "--only", "source-apple",
                "--write-baseline", baseline.toString());

        assertThat(partial.exitCode()).isEqualTo(1);
        assertThat(Files.readString(baseline)).isEqualTo(full);
    }

    /** The acceptance run over the shared monorepo snapshot: adopt, stay green, then break one row. */
    @Test
    void corpusBaselineFailsOnlyOnTheOneRemovedCurrentVersionRow(@TempDir Path tmp) throws Exception {
        Optional<Path> corpus = TestPaths.findCorpus();
        Assumptions.assumeTrue(corpus.isPresent(), "shared corpus not found");
        Path root = tmp.resolve("repo");
        copyTree(corpus.get().resolve("airbyte-integrations/connectors"), root.resolve("airbyte-integrations/connectors"));
        copyTree(corpus.get().resolve("docs"), root.resolve("docs"));
        String baseline = tmp.resolve("b.json").toString();

        assertThat(CliRun.runCli("check", root.toString(), "--write-baseline", baseline).exitCode()).isEqualTo(1);
        CliRun clean = checkJson(root, baseline);
        assertThat(clean.exitCode()).isZero();
        assertThat(readJson(clean).at("/summary/staleBaseline").asInt()).isZero();

        String tag = findDockerImageTag(root.resolve("airbyte-integrations/connectors/source-postgres/metadata.yaml"));
        removeRow(root.resolve("docs/integrations/sources/postgres.md"), tag);
        CliRun broken = checkJson(root, baseline);

        assertThat(broken.exitCode()).isEqualTo(1);
        JsonNode diagnostics = readJson(broken).get("diagnostics");
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0).get("rule").asText()).isEqualTo("changelog-current-version");
        assertThat(diagnostics.get(0).get("connector").asText()).isEqualTo("source-postgres");
    }

    private static CliRun checkJson(Path root, String baseline) {
        return CliRun.runCli("check", root.toString(), "--baseline", baseline, "--format", "json");
    }

    private static JsonNode readJson(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static String findDockerImageTag(Path metadata) throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s+dockerImageTag:\\s*\"?([^\"\\s]+)").matcher(Files.readString(metadata));
        assertThat(m.find()).as("dockerImageTag in " + metadata).isTrue();
        return m.group(1);
    }

    /** Deletes the changelog row for {@code version}, asserting there was exactly one. */
    private static void removeRow(Path doc, String version) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        Pattern row = Pattern.compile("^\\|\\s*`?" + Pattern.quote(version) + "`?\\s*\\|.*");
        List<String> kept = lines.stream().filter(l -> !row.matcher(l).matches()).toList();
        assertThat(lines.size() - kept.size()).as("rows for " + version + " in " + doc).isEqualTo(1);
        Files.write(doc, kept);
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Copies a tree as fresh, writable files (the tests edit the copy). */
    static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.write(target, Files.readAllBytes(p)); // not Files.copy: the corpus is read-only
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
