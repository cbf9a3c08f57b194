package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile spec files: cyclic {@code $ref}s, pointers to nowhere, a ref fan-out that would expand to
 * millions of fields, 10,000 fields, deep nesting, a 50 MB manifest and a spec that is a list. Each is a
 * {@code spec-invalid} finding at its place, loading stays bounded in time, and every connector still builds.
 */
class HostileSpecTest {

    private static final Duration FAST = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;
    private static Path root;
    private static Catalog catalog;

    @BeforeAll
    static void writeConnectors() throws IOException {
        root = HostileSites.newRoot(tmp);
        Map<String, String> manifests = new TreeMap<>();
        manifests.put("cycle", manifest("""
                definitions:
                  a:
                    $ref: "#/definitions/b"
                  b:
                    $ref: "#/definitions/a"
                  node:
                    type: object
                    properties:
                      child:
                        $ref: "#/definitions/node"
                """, """
                    looped:
                      $ref: "#/definitions/a"
                    tree:
                      $ref: "#/definitions/node"
                """));
        manifests.put("nowhere", manifest("definitions: {}\n", """
                    lost:
                      $ref: "#/definitions/missing"
                      title: Lost
                    external:
                      $ref: "https://example.com/schema.json"
                """));
        StringBuilder fanOut = new StringBuilder("definitions:\n");
        for (int i = 0; i < 40; i++) {
            fanOut.append("  d").append(i).append(":\n    type: object\n    properties:\n")
                    .append("      left:\n        $ref: \"#/definitions/d").append(i + 1).append("\"\n")
                    .append("      right:\n        $ref: \"#/definitions/d").append(i + 1).append("\"\n");
        }
        fanOut.append("  d40:\n    type: string\n");
        manifests.put("fanout", manifest(fanOut.toString(), "    root:\n      $ref: \"#/definitions/d0\"\n"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            many.append("    f").append(i).append(":\n      type: string\n");
        }
        manifests.put("many", manifest("", many.toString()));
        manifests.put("deep", manifest("", "    n:\n" + nest(30, 6)));
        manifests.put("deeper", manifest("", "    n: " + "{type: object, properties: {n: ".repeat(200)
                + "{type: string}" + "}}".repeat(200) + "\n"));
        manifests.put("list", "- type: object\n- properties: {}\n");
        for (Map.Entry<String, String> e : manifests.entrySet()) {
            Path dir = HostileSites.writeConnector(root, e.getKey(), HostileSites.metadata(e.getKey(), e.getKey(), ""));
            Files.writeString(dir.resolve("manifest.yaml"), e.getValue());
            HostileSites.writeDoc(root, e.getKey(), HostileSites.doc(e.getKey(), "Text."));
        }
        Path huge = HostileSites.writeConnector(root, "huge", HostileSites.metadata("huge", "huge", ""));
        HostileSites.writeDoc(root, "huge", HostileSites.doc("huge", "Text."));
        try (Writer w = Files.newBufferedWriter(huge.resolve("manifest.yaml"), StandardCharsets.UTF_8)) {
            w.write(manifest("", "    x:\n      type: string\n"));
            w.write("schemas:\n");
            String line = "  # " + "padding ".repeat(12) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        catalog = assertTimeoutPreemptively(FAST, () -> {
            try (Workers workers = new Workers(2)) {
                return new CatalogLoader(SiteLayout.detect(root), workers).loadCatalog();
            }
        });
    }

    /** A manifest with {@code definitions} (top-level YAML) and the properties (indented four spaces). */
    private static String manifest(String definitions, String properties) {
        return "version: 6.1.0\ntype: DeclarativeSource\n" + definitions + "streams: []\nspec:\n  type: Spec\n"
                + "  connection_specification:\n    type: object\n    properties:\n"
                + properties.indent(2).replaceAll("(?m)^  ", "  ");
    }

    /** {@code levels} objects each holding the next under {@code properties.n}, starting at {@code indent}. */
    private static String nest(int levels, int indent) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            String pad = " ".repeat(indent + 4 * i);
            out.append(pad).append("type: object\n").append(pad).append("properties:\n").append(pad).append("  n:\n");
        }
        return out.append(" ".repeat(indent + 4 * levels)).append("type: string\n").toString();
    }

    private static List<Diagnostic> findings(String name) {
        return catalog.loadDiagnostics().stream()
                .filter(d -> d.rule().equals("spec-invalid") && d.connector().equals("source-" + name)).toList();
    }

    private static Connector connector(String name) {
        return catalog.findConnector("source-" + name).orElseThrow();
    }

    @Test
    void cyclicRefsAreReportedAtTheRefAndTheRestOfTheSpecIsRead() {
        assertThat(findings("cycle")).extracting(Diagnostic::message).anyMatch(m -> m.contains("(a cycle)"));
        assertThat(findings("cycle")).allSatisfy(d -> assertThat(d.pos().line()).isGreaterThan(1));
        assertThat(connector("cycle").spec().orElseThrow().listAllFields()).extracting(f -> f.path())
                .contains("looped", "tree", "tree.child");
    }

    @Test
    void pointersToNowhereAndNonLocalRefsAreReportedAndTheFieldKept() {
        assertThat(findings("nowhere")).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "$ref '#/definitions/missing' points to nothing in the file",
                "$ref 'https://example.com/schema.json' is not a pointer into this file; only local refs (#/...) are read");
        assertThat(connector("nowhere").spec().orElseThrow().fields()).extracting(f -> f.title())
                .containsExactly("Lost", "");
    }

    @Test
    void aRefFanOutStopsAtTheFieldLimit() {
        // depth first, the left branch meets the depth limit before the count limit; either bounds the work
        assertThat(findings("fanout")).singleElement().extracting(Diagnostic::message).asString().endsWith("left out");
        assertThat(connector("fanout").spec().orElseThrow().listAllFields()).hasSizeLessThanOrEqualTo(5_000);
    }

    @Test
    void tenThousandFieldsAreCutAtTheLimitWithOneFinding() {
        assertThat(findings("many")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the spec has more than 5000 fields; the rest are left out");
            assertThat(d.pos().line()).isEqualTo(9 + 2 * 5_000);
        });
        assertThat(connector("many").spec().orElseThrow().fields()).hasSize(5_000);
    }

    @Test
    void deepNestingIsCutAtTheFieldDepthOrRefusedAtTheTreeDepth() {
        assertThat(findings("deep")).singleElement().extracting(Diagnostic::message).asString()
                .contains("deeper than 24 levels");
        assertThat(findings("deeper")).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("the spec file does not parse: nesting deeper than 128 levels");
        assertThat(connector("deeper").spec()).isEmpty();
    }

    @Test
    void aFiftyMegabyteManifestIsRefusedUnread() {
        assertThat(findings("huge")).singleElement().extracting(Diagnostic::message).asString()
                .endsWith("bytes; the limit is 4194304, so it is not parsed");
        assertThat(connector("huge").spec()).isEmpty();
        assertThat(connector("huge").inputs().inputFiles()).contains("connectors/source-huge/manifest.yaml");
    }

    @Test
    void aSpecThatIsAListIsNotAnObjectSchema() {
        assertThat(findings("list")).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the spec file is a list, not a mapping");
            assertThat(d.pos().line()).isEqualTo(1);
        });
    }

    @Test
    void everyConnectorStillBuildsItsPage() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> HostileSites.build(root, out,
                "--fail-on", "never"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        JsonNode diagnostics = HostileSites.diagnostics(run);
        for (String name : List.of("cycle", "nowhere", "fanout", "many", "deep", "deeper", "list", "huge")) {
            assertThat(out.resolve("integrations/sources/" + name + "/index.html")).as(name).isRegularFile();
            assertThat(diagnostics).as(name).anyMatch(d -> d.path("rule").asText().equals("spec-invalid")
                    && d.path("connector").asText().equals("source-" + name));
        }
    }
}
