package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths from a pull request never take the build outside ROOT: icons, docs, connector folders and
 * metadata that are symbolic links out of ROOT (or loops), and icon names with {@code ../} or an
 * absolute path, are reported and never read or copied; doc links and images that climb out of the
 * site are broken links. A secret file beside ROOT must not reach the output.
 */
class HostilePathsTest {

    private static final String SECRET = "TOP-SECRET-" + "beside-root";

    @TempDir
    Path tmp;
    private Path root;
    private Path outside;

    @BeforeEach
    void createRootAndSecrets() throws IOException {
        root = HostileSites.newRoot(tmp);
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "# " + SECRET + "\n");
        Files.writeString(outside.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>" + SECRET
                + "</title></svg>");
        Path evilConnector = Files.createDirectories(outside.resolve("source-evil"));
        Files.writeString(evilConnector.resolve("metadata.yaml"), HostileSites.metadata("evil", SECRET, ""));
        Files.writeString(outside.resolve("metadata.yaml"), HostileSites.metadata("linked", SECRET, ""));
        HostileSites.writeGoodConnector(root, "good");
    }

    private Catalog load() throws Exception {
        try (Workers workers = new Workers(2)) {
            return new CatalogLoader(SiteLayout.detect(root), workers).loadCatalog();
        }
    }

    private static List<String> describe(Catalog c) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : c.loadDiagnostics()) {
            out.add(d.rule() + " " + d.connector() + " " + d.pos().file() + " " + d.message());
        }
        return out;
    }

    @Test
    void symlinkedConnectorFolderOutsideRootIsReportedNotRead() throws Exception {
        Files.createSymbolicLink(root.resolve("connectors/source-evil"), outside.resolve("source-evil"));

        Catalog catalog = load();

        assertThat(catalog.findConnector("source-evil")).isEmpty();
        assertThat(catalog.findConnector("source-good")).isPresent();
        assertThat(describe(catalog)).singleElement().asString()
                .startsWith("metadata-invalid source-evil connectors/source-evil ").contains("outside ROOT");
    }

    @Test
    void symlinkedMetadataOutsideRootIsReportedNotRead() throws Exception {
        Path dir = Files.createDirectories(root.resolve("connectors/source-linked"));
        Files.createSymbolicLink(dir.resolve("metadata.yaml"), outside.resolve("metadata.yaml"));

        Catalog catalog = load();

        assertThat(catalog.findConnector("source-linked")).isEmpty();
        assertThat(describe(catalog)).singleElement().asString()
                .startsWith("metadata-invalid source-linked connectors/source-linked/metadata.yaml").contains("outside ROOT");
    }

    @Test
    void connectorFolderLoopIsReported() throws Exception {
        Files.createSymbolicLink(root.resolve("connectors/source-loop"), root.resolve("connectors/source-loop"));

        Catalog catalog = load();

        assertThat(describe(catalog)).singleElement().asString().startsWith("metadata-invalid source-loop").contains("loops");
    }

    @Test
    void symlinkedDocsOutsideRootAndLoopsAreReportedNotRead() throws Exception {
        Path sources = root.resolve("docs/integrations/sources");
        Files.createSymbolicLink(sources.resolve("evil.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(sources.resolve("outdir"), outside);
        Files.createSymbolicLink(sources.resolve("loop"), sources);
        Files.createSymbolicLink(sources.resolve("self.md"), sources.resolve("self.md"));
        Files.createSymbolicLink(sources.resolve("inside.md"), sources.resolve("good.md"));

        Catalog catalog = load();

        assertThat(catalog.docs()).extracting(d -> d.file()).containsExactly(
                "docs/integrations/sources/good.md", "docs/integrations/sources/inside.md");
        assertThat(catalog.docs()).allSatisfy(d -> assertThat(d.markdown()).doesNotContain(SECRET));
        assertThat(describe(catalog)).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("docs-missing"))
                .anySatisfy(s -> assertThat(s).contains("sources/evil.md").contains("outside ROOT"))
                .anySatisfy(s -> assertThat(s).contains("sources/outdir").contains("outside ROOT"))
                .anySatisfy(s -> assertThat(s).contains("sources/loop").contains("loop"))
                .anySatisfy(s -> assertThat(s).contains("sources/self.md").contains("loops"));
    }

    @Test
    void iconPathsOutsideTheConnectorFolderAreBrokenLinksAndNeverCopied() throws Exception {
        HostileSites.writeConnector(root, "dotdot", HostileSites.metadata("dotdot", "Dotdot",
                "  icon: ../../../outside/secret.svg\n"));
        HostileSites.writeConnector(root, "absolute", HostileSites.metadata("absolute", "Absolute",
                "  icon: " + outside.resolve("secret.svg") + "\n"));
        Path linked = HostileSites.writeConnector(root, "iconlink", HostileSites.metadata("iconlink", "Iconlink", ""));
        Files.createSymbolicLink(linked.resolve("icon.svg"), outside.resolve("secret.svg"));
        Path html = HostileSites.writeConnector(root, "htmlicon", HostileSites.metadata("htmlicon", "Htmlicon",
                "  icon: icon.html\n"));
        Files.writeString(html.resolve("icon.html"), "<script>window.__xss=1</script>");
        Path fake = HostileSites.writeConnector(root, "fakepng", HostileSites.metadata("fakepng", "Fakepng",
                "  icon: icon.png\n"));
        Files.writeString(fake.resolve("icon.png"), "<html><script>alert(1)</script></html>");
        for (String n : List.of("dotdot", "absolute", "iconlink", "htmlicon", "fakepng")) {
            HostileSites.writeDoc(root, n, HostileSites.doc(n, "x"));
        }

        Catalog catalog = load();
        Path out = tmp.resolve("site");
        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(catalog.connectors()).allSatisfy(c -> assertThat(c.iconFile()).isEmpty());
        assertThat(describe(catalog)).anySatisfy(s -> assertThat(s).startsWith("broken-link source-dotdot"))
                .anySatisfy(s -> assertThat(s).startsWith("broken-link source-absolute"))
                .anySatisfy(s -> assertThat(s).startsWith("broken-link source-iconlink").contains("outside ROOT"))
                .anySatisfy(s -> assertThat(s).startsWith("icon-missing source-htmlicon").contains("not an .svg"))
                .anySatisfy(s -> assertThat(s).startsWith("icon-missing source-fakepng").contains("not a PNG"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("icons")).doesNotExist();
        assertNoSecretIn(out);
    }

    @Test
    void docLinksAndImagesOutOfTheSiteAreBrokenLinksAndNothingIsRead() throws Exception {
        HostileSites.writeDoc(root, "good", HostileSites.doc("Good good", """
                See [passwd](../../../../../../etc/passwd), [abs](/etc/passwd), [file](file:///etc/passwd),
                [secret](../../../../outside/secret.md) and ![img](../../../../../outside/secret.svg).
                <img src="../../../../../../etc/passwd"> <a href="../../../../../outside/secret.md">raw</a>
                """));
        Path out = tmp.resolve("site");

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode diagnostics = HostileSites.diagnostics(run);
        List<String> broken = new ArrayList<>();
        diagnostics.forEach(d -> {
            if (d.path("rule").asText().equals("broken-link")) {
                broken.add(d.path("file").asText() + ":" + d.path("line").asInt());
            }
        });
        assertThat(broken).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(b -> assertThat(b).startsWith("docs/integrations/sources/good.md:"));
        assertNoSecretIn(out);
    }

    @Test
    void reportsNeverQuoteALineOfAFileOutsideRoot() throws Exception {
        Path sources = root.resolve("docs/integrations/sources");
        Files.createSymbolicLink(sources.resolve("evil.md"), outside.resolve("secret.md"));
        Path linked = HostileSites.writeConnector(root, "iconlink", HostileSites.metadata("iconlink", "Iconlink", ""));
        Files.createSymbolicLink(linked.resolve("icon.svg"), outside.resolve("secret.svg"));
        HostileSites.writeDoc(root, "iconlink", HostileSites.doc("Iconlink", "x"));

        CliRun text = CliRun.runCli("check", root.toString(), "--format", "text");
        CliRun github = CliRun.runCli("check", root.toString(), "--format", "github");

        assertThat(text.out()).contains("evil.md").contains("icon.svg").doesNotContain(SECRET);
        assertThat(github.out()).doesNotContain(SECRET);
    }

    private void assertNoSecretIn(Path out) {
        for (Path f : HostileSites.listFiles(out)) {
            assertThat(HostileSites.read(f)).as(f.toString()).doesNotContain(SECRET).doesNotContain("root:x:0:0");
        }
    }
}
