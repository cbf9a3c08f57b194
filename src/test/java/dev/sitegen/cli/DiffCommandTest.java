package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff OLD NEW}: the markdown a pull request's CI posts, from two real builds of content/. */
class DiffCommandTest {

    static final String PREVIEW = "https://preview.example/pr-9/";

    @TempDir
    Path tmp;
    Path base;
    Path preview;

    @BeforeEach
    void buildBaseAndPreview() throws IOException {
        Path root = tmp.resolve("content");
        SiteTrees.copyTree(TestPaths.contentDir(), root);
        base = tmp.resolve("base");
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, base));

        Path metadata = root.resolve("connectors/source-ledgerly/metadata.yaml");
        Files.writeString(metadata, Files.readString(metadata)
                .replace("dockerImageTag: 2.3.1", "dockerImageTag: 3.0.0")
                .replace("    breakingChanges:\n", "    breakingChanges:\n      3.0.0:\n"
                        + "        message: \"Streams renamed.\"\n        upgradeDeadline: \"2027-03-01\"\n"));
        Path docs = root.resolve("docs/integrations/sources");
        Files.writeString(docs.resolve("ledgerly-faq.md"), "# Ledgerly FAQ\n\nQuestions.\n");
        Files.delete(docs.resolve("formwise-migrations.md"));
        Path doc = docs.resolve("cratebox.md");
        Files.writeString(doc, Files.readString(doc) + "\nAnother paragraph.\n");
        preview = tmp.resolve("preview");
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, preview, "--fail-on", "never"));
    }

    @Test
    void listsPagesVersionsBreakingChangesAndChecksWithLinksIntoThePreview() {
        CliRun run = CliRun.runCli("diff", base.toString(), preview.toString(), "--base-url", PREVIEW);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("## Site preview changes\n")
                .contains("### Added pages (1)\n\n- [`integrations/sources/ledgerly-faq/index.html`]("
                        + PREVIEW + "integrations/sources/ledgerly-faq/index.html)\n")
                .contains("### Removed pages (1)\n\n- `integrations/sources/formwise-migrations/index.html`\n")
                .contains("- [`integrations/sources/cratebox/index.html`](" + PREVIEW
                        + "integrations/sources/cratebox/index.html)")
                .contains("| source-ledgerly | 2.3.1 | 3.0.0 |")
                .contains("### New breaking changes (1)")
                .contains("| source-ledgerly | 3.0.0 | 2027-03-01 |")
                .contains("| Connectors | 15 | 15 |")
                .containsPattern("\\| Other files \\| \\d+ \\| \\d+ \\| \\d+ \\|");
        assertThat(run.out()).doesNotContain(".json`").doesNotContain("style.css");
    }

    @Test
    void acceptsManifestFilesAsWellAsOutputFoldersAndIsRepeatable() {
        CliRun dirs = CliRun.runCli("diff", base.toString(), preview.toString());
        CliRun files = CliRun.runCli("diff", base.resolve(".site-gen/manifest.json").toString(),
                preview.resolve(".site-gen/manifest.json").toString());

        assertThat(files.exitCode()).isZero();
        assertThat(files.out()).isEqualTo(dirs.out()).isEqualTo(CliRun.runCli("diff", base.toString(),
                preview.toString()).out());
        assertThat(dirs.out()).contains("- `integrations/sources/ledgerly-faq/index.html`").doesNotContain("](");
    }

    @Test
    void theSameBuildTwiceChangesNothing() {
        CliRun run = CliRun.runCli("diff", base.toString(), base.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No page or file changed.").doesNotContain("Connector versions");
    }

    @Test
    void unreadableInputsExitTwoWithTheirName() throws IOException {
        CliRun missing = CliRun.runCli("diff", tmp.resolve("nope").toString(), preview.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read build manifest " + tmp.resolve("nope"));

        CliRun notAnOutput = CliRun.runCli("diff", tmp.resolve("content").toString(), preview.toString());
        assertThat(notAnOutput.exitCode()).isEqualTo(2);
        assertThat(notAnOutput.err()).contains(".site-gen/manifest.json").contains("help: ");

        Path garbage = Files.writeString(tmp.resolve("garbage.json"), "[1, 2]");
        CliRun malformed = CliRun.runCli("diff", base.toString(), garbage.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("malformed");
        assertThat(missing.out() + notAnOutput.out() + malformed.out()).isEmpty();
    }

    @Test
    void diffIsACommandWithHelp() {
        assertThat(CliRun.runCli("--help").out()).contains("diff");
        CliRun help = CliRun.runCli("diff", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("OLD", "NEW", "--base-url");
        assertThat(CliRun.runCli("diff", base.toString()).exitCode()).isEqualTo(2);
    }
}
