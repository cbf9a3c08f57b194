package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One catalog with one of every broken or hostile input next to two good connectors: the build
 * finishes in bounded time with a positioned diagnostic for each, every other connector is built, and
 * a failing build leaves the last good site exactly as it was.
 */
class HostileSiteTest {

    @TempDir
    static Path tmp;
    private static Path root;
    private static Path out;
    private static CliRun run;
    private static Map<String, List<JsonNode>> byConnector;

    @BeforeAll
    static void buildHostileCatalog() throws IOException {
        root = HostileSites.newRoot(tmp);
        HostileSites.writeGoodConnector(root, "alpha");
        HostileSites.writeGoodConnector(root, "beta");
        brokenMetadata("syntax", "data:\n  name: a\n    bad: b\n");
        brokenMetadata("duplicate", HostileSites.metadata("duplicate", "Dup", "  name: Again\n"));
        brokenMetadata("listroot", "- data\n");
        brokenMetadata("empty", "");
        brokenMetadata("emptydata", "data:\n");
        brokenMetadata("wrongtype", HostileSites.metadata("wrongtype", "Wrong", "  tags: {a: 1}\n"));
        StringBuilder bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 20; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        brokenMetadata("aliasbomb", bomb.toString());
        brokenMetadata("deep", "data:\n" + "  x: [".repeat(1) + "[".repeat(10_000) + "]".repeat(10_000) + "]\n");
        brokenMetadata("hugestring", "data:\n  name: \"" + "x".repeat(200_000) + "\"\n");
        Path fifty = Files.createDirectories(root.resolve("connectors/source-fiftymb"));
        try (OutputStream os = Files.newOutputStream(fifty.resolve("metadata.yaml"))) {
            byte[] chunk = ("data:\n  name: " + "y".repeat(1_000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                os.write(chunk);
            }
        }
        Path crlf = HostileSites.writeConnector(root, "crlf", "");
        Files.write(crlf.resolve("metadata.yaml"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                HostileSites.metadata("crlf", "Crlf", "").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        HostileSites.writeDoc(root, "crlf", HostileSites.doc("Crlf", "Windows line endings.").replace("\n", "\r\n"));
        Path latin = HostileSites.writeConnector(root, "latin", "");
        Files.write(latin.resolve("metadata.yaml"), HostileSites.metadata("latin", "Caf\u00e9", "")
                .getBytes(StandardCharsets.ISO_8859_1));
        HostileSites.writeDoc(root, "latin", HostileSites.doc("Latin", "ok"));
        HostileSites.writeConnector(root, "baddoc", HostileSites.metadata("baddoc", "Baddoc", ""));
        Files.write(root.resolve("docs/integrations/sources/baddoc.md"),
                HostileSites.doc("Baddoc", "Caf\u00e9 <b>bold</b>").getBytes(StandardCharsets.ISO_8859_1));
        HostileSites.writeConnector(root, "deepdoc", HostileSites.metadata("deepdoc", "Deepdoc", ""));
        HostileSites.writeDoc(root, "deepdoc", HostileSites.doc("Deepdoc", ">".repeat(200) + " <script>x</script>"));
        HostileSites.writeConnector(root, "longline", HostileSites.metadata("longline", "Longline", ""));
        HostileSites.writeDoc(root, "longline", HostileSites.doc("Longline", "word ".repeat(210_000)));
        HostileSites.writeConnector(root, "hugedoc", HostileSites.metadata("hugedoc", "Hugedoc", ""));
        HostileSites.writeDoc(root, "hugedoc", HostileSites.doc("Hugedoc", "para\n\n".repeat(800_000)));

        out = tmp.resolve("site");
        run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> HostileSites.build(root, out, "--fail-on", "never"));
        byConnector = new TreeMap<>();
        HostileSites.diagnostics(run).forEach(d ->
                byConnector.computeIfAbsent(d.path("connector").asText(), k -> new ArrayList<>()).add(d));
    }

    private static void brokenMetadata(String name, String text) throws IOException {
        HostileSites.writeConnector(root, name, text);
        HostileSites.writeDoc(root, name, HostileSites.doc(name, "Doc of a broken connector."));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<JsonNode> diagnosticsOf(String name) {
        return byConnector.getOrDefault("source-" + name, List.of());
    }

    @Test
    void everyGoodConnectorIsBuilt() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String good : List.of("alpha", "beta", "crlf", "latin", "baddoc", "deepdoc", "longline")) {
            assertThat(out.resolve("integrations/sources/" + good + "/index.html")).as(good).isRegularFile();
            assertThat(out.resolve("api/connectors/source-" + good + ".json")).as(good).isRegularFile();
        }
        assertThat(diagnosticsOf("alpha")).isEmpty();
        assertThat(diagnosticsOf("beta")).isEmpty();
        assertThat(diagnosticsOf("crlf")).isEmpty();
    }

    @Test
    void everyBrokenMetadataIsMetadataInvalidWithItsPosition() {
        for (String name : List.of("syntax", "duplicate", "listroot", "empty", "emptydata", "wrongtype", "aliasbomb",
                "deep", "hugestring")) {
            assertThat(diagnosticsOf(name)).as(name).isNotEmpty().allSatisfy(d -> {
                assertThat(d.path("rule").asText()).isEqualTo("metadata-invalid");
                assertThat(d.path("file").asText()).isEqualTo("connectors/source-" + name + "/metadata.yaml");
                assertThat(d.path("line").asInt()).as(name).isPositive();
            });
            assertThat(out.resolve("api/connectors/source-" + name + ".json")).as(name).doesNotExist();
        }
        assertThat(diagnosticsOf("fiftymb")).singleElement().satisfies(d -> {
            assertThat(d.path("rule").asText()).isEqualTo("metadata-invalid");
            assertThat(d.path("message").asText()).contains("bytes; the limit is 262144");
        });
    }

    @Test
    void invalidUtf8IsDecodedAndReportedWhereItIs() {
        assertThat(diagnosticsOf("latin")).anySatisfy(d -> {
            assertThat(d.path("rule").asText()).isEqualTo("metadata-invalid");
            assertThat(d.path("line").asInt()).isEqualTo(2);
            assertThat(d.path("column").asInt()).isEqualTo(13);
        });
        assertThat(diagnosticsOf("baddoc")).anySatisfy(d -> {
            assertThat(d.path("rule").asText()).isEqualTo("docs-missing");
            assertThat(d.path("severity").asText()).isEqualTo("warning");
            assertThat(d.path("file").asText()).isEqualTo("docs/integrations/sources/baddoc.md");
            assertThat(d.path("line").asInt()).isEqualTo(3);
            assertThat(d.path("column").asInt()).isEqualTo(4);
        });
        String page = HostileSites.read(out.resolve("integrations/sources/baddoc/index.html"));
        assertThat(Jsoup.parse(page).select("main b").text()).isEqualTo("bold");
        assertThat(page).contains("Caf\uFFFD");
    }

    @Test
    void docsPastALimitAreReportedAndShownAsEscapedText() {
        assertThat(diagnosticsOf("deepdoc")).anySatisfy(d -> {
            assertThat(d.path("rule").asText()).isEqualTo("docs-missing");
            assertThat(d.path("message").asText()).contains("plain text").contains("levels deep");
        });
        assertThat(diagnosticsOf("longline")).anySatisfy(d -> assertThat(d.path("message").asText())
                .contains("line 3 is 1050000 characters long"));
        assertThat(diagnosticsOf("hugedoc")).anySatisfy(d -> assertThat(d.path("message").asText())
                .contains("bytes; the limit is 4194304"));
        String deep = HostileSites.read(out.resolve("integrations/sources/deepdoc/index.html"));
        assertThat(Jsoup.parse(deep).select("main pre").text()).contains("<script>x</script>");
        assertThat(Jsoup.parse(deep).select("main script")).isEmpty();
    }

    @Test
    void failingBuildLeavesTheLastGoodSiteUntouched() throws IOException {
        Path good = tmp.resolve("good-root");
        Path site = tmp.resolve("good-site");
        Files.createDirectories(good);
        Path first = HostileSites.newRoot(good);
        HostileSites.writeGoodConnector(first, "alpha");
        assertThat(HostileSites.build(first, site).exitCode()).isZero();
        Map<Path, String> before = snapshot(site);

        HostileSites.writeConnector(first, "broken", "data:\n  name: [\n");
        CliRun failed = HostileSites.build(first, site);

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(snapshot(site)).isEqualTo(before);
        try (var siblings = Files.list(site.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging") || n.contains(".old-"));
        }
    }

    private static Map<Path, String> snapshot(Path dir) {
        Map<Path, String> files = new TreeMap<>();
        HostileSites.listFiles(dir).forEach(f -> files.put(dir.relativize(f), HostileSites.read(f)));
        return files;
    }
}
