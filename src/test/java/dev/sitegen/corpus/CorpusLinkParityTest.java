package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.build.Build;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Connector;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code build} over the shared monorepo snapshot (skipped without it) report the
 * same {@code broken-link} findings on the connectors' docs, migration guides and specs, and a broken
 * anchor and a link to a missing page planted in one doc are reported by {@code check --only}.
 */
class CorpusLinkParityTest {

    private static final String POSTGRES_DOC = "docs/integrations/sources/postgres.md";

    @Test
    void checkReportsTheLinkFindingsBuildReportsOnConnectorDocs(@TempDir Path tmp) throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        Path corpus = TestPaths.findCorpus().get();

        CliRun build = CliRun.runCli("build", corpus.toString(), "--out", tmp.resolve("out").toString(),
                "--fail-on", "never", "--format", "json");
        CliRun check = CliRun.runCli("check", corpus.toString(), "--format", "json");

        Set<String> docs = listConnectorDocs(corpus);
        List<String> built = describeLinks(build.out(), docs::contains);
        List<String> checked = describeLinks(check.out(), f -> true);
        assertThat(built).hasSizeGreaterThan(100);
        assertThat(built).as("links in spec descriptions are compared too").anyMatch(l -> l.contains("spec.json"));
        assertThat(checked).containsExactlyInAnyOrderElementsOf(built);
    }

    @Test
    void checkOnlyReportsAPlantedBrokenAnchorAndMissingPageAtTheirLines(@TempDir Path tmp) throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        Path root = tmp.resolve("corpus");
        SiteTrees.copyTree(TestPaths.findCorpus().get(), root);
        Path doc = root.resolve(POSTGRES_DOC);
        List<String> lines = new ArrayList<>(Files.readAllLines(doc, StandardCharsets.UTF_8));
        int at = lines.size() / 3;
        lines.add(at, "See [x](#no-such-section) and [y](./no-such-page.md).");
        lines.add(at, "");
        lines.add(at + 2, "");
        Files.write(doc, lines, StandardCharsets.UTF_8);
        int line = at + 2;

        CliRun check = CliRun.runCli("check", root.toString(), "--only", "source-postgres", "--format", "json");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(describeLinks(check.out(), POSTGRES_DOC::equals)).anySatisfy(f -> assertThat(f).startsWith(
                POSTGRES_DOC + ":" + line + ":5 error source-postgres link '#no-such-section': this page has no "
                        + "anchor '#no-such-section'"))
                .anySatisfy(f -> assertThat(f).startsWith(POSTGRES_DOC + ":" + line + ":31 error source-postgres "
                        + "link './no-such-page.md' leads to integrations/sources/no-such-page/, which is not in the site"));
    }

    /** Every connector's doc, migration guide and spec (its descriptions' links), as loaded. */
    private static Set<String> listConnectorDocs(Path root) throws Exception {
        Set<String> docs = new TreeSet<>();
        try (Workers workers = new Workers(1)) {
            for (Connector c : Build.load(root, workers).site().catalog().connectors()) {
                c.doc().ifPresent(d -> docs.add(d.file()));
                c.migrationGuide().ifPresent(g -> docs.add(g.page().file()));
                c.spec().ifPresent(s -> docs.add(s.file()));
            }
        }
        return docs;
    }

    /** {@code file:line:col severity message} of each broken-link finding in a JSON report. */
    private static List<String> describeLinks(String json, Predicate<String> files) throws Exception {
        List<String> all = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(json).get("diagnostics")) {
            if (d.get("rule").asText().equals("broken-link") && files.test(d.get("file").asText())) {
                all.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                        + d.get("severity").asText() + " " + d.get("connector").asText() + " "
                        + d.get("message").asText() + " | " + d.get("hint").asText());
            }
        }
        return all;
    }
}
