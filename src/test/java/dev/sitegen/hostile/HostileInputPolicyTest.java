package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The input policy as a pull request in CI meets it: a monorepo checkout whose {@code .git/config} holds the
 * CI token and whose root {@code .env} holds an API key. Links that stay inside ROOT but lead into a hidden
 * folder or file, or out of the area their kind of input comes from (docs, migration guides, metadata, icons,
 * snippets, {@code site.yaml} itself), are refused with a diagnostic (or, for {@code site.yaml} and its
 * snippets, a configuration error) naming the link and where it leads; no byte of the target reaches the
 * site or the report, and the other connectors still build.
 */
class HostileInputPolicyTest {

    private static final String GIT_SECRET = "SECRET-" + "ci-token-4f1d";
    private static final String ENV_SECRET = "SECRET-" + "api-key-9a2c";
    private static final String OUTSIDE_SECRET = "SECRET-" + "beside-root-77e0";
    private static final String SOURCES = "docs/integrations/sources/";
    private static final String CONNECTORS = "airbyte-integrations/connectors/";

    @TempDir
    Path tmp;
    private Path root;
    private Path outside;

    @BeforeEach
    void createMonorepoCheckout() throws IOException {
        root = Files.createDirectories(tmp.resolve("airbyte"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), """
                [core]
                \trepositoryformatversion = 0
                [remote "origin"]
                \turl = https://github.com/example/airbyte
                [http "https://github.com/"]
                \textraheader = AUTHORIZATION: basic %s
                """.formatted(GIT_SECRET));
        Files.writeString(root.resolve(".env"), "API_KEY=" + ENV_SECRET + "\n");
        Files.writeString(root.resolve("README.md"), "# The monorepo\n");
        Files.createDirectories(root.resolve(CONNECTORS));
        Files.createDirectories(root.resolve(SOURCES));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:" + OUTSIDE_SECRET + ":/root:/bin/bash\n");
        writeConnector("good");
        Files.writeString(root.resolve(SOURCES + "good.md"), HostileSites.doc("Good", "A well-behaved connector."));
    }

    private Path writeConnector(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve(CONNECTORS + "source-" + name));
        Files.writeString(dir.resolve("metadata.yaml"), HostileSites.metadata(name, "Connector " + name, ""));
        return dir;
    }

    private void link(String from, String to) throws IOException {
        Files.createSymbolicLink(root.resolve(from), Path.of(to));
    }

    @Test
    void docsAndMigrationGuidesLinkedIntoGitOrEnvAreRefusedAndNeverPublished() throws Exception {
        writeConnector("leak");
        link(SOURCES + "leak.md", "../../../.git/config");
        link(SOURCES + "env.md", "../../../.env");
        link(SOURCES + "good-migrations.md", "../../../.env");
        link(SOURCES + "readme.md", "../../../README.md");
        Files.writeString(root.resolve(SOURCES + ".draft.md"), "# Draft " + ENV_SECRET + "\n");
        Path out = tmp.resolve("site");

        CliRun failing = HostileSites.build(root, tmp.resolve("strict"));
        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(failing.exitCode()).as(failing.err()).isEqualTo(1);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("integrations/sources/good/index.html")).isRegularFile();
        // the connector is still built, from its metadata alone
        assertThat(out.resolve("integrations/sources/leak/index.html")).isRegularFile();
        assertThat(out.resolve("integrations/sources/env")).doesNotExist();
        assertThat(out.resolve("integrations/sources/good-migrations")).doesNotExist();
        List<String> found = describe(run);
        assertThat(found)
                .contains("docs-missing source-leak " + SOURCES + "leak.md: " + SOURCES + "leak.md leads to .git/config, "
                        + "inside the hidden folder '.git'; it is not read")
                .contains("docs-missing  " + SOURCES + "env.md: " + SOURCES + "env.md leads to .env, "
                        + "a hidden file; it is not read")
                .contains("docs-missing source-good " + SOURCES + "good-migrations.md: " + SOURCES
                        + "good-migrations.md leads to .env, a hidden file; it is not read")
                .contains("docs-missing  " + SOURCES + "readme.md: " + SOURCES + "readme.md leads to README.md, "
                        + "outside docs/; it is not read")
                .contains("docs-missing  " + SOURCES + ".draft.md: " + SOURCES + ".draft.md is a hidden file; "
                        + "it is not read");
        assertNoSecretIn(out, failing, run);
    }

    @Test
    void metadataLinkedToEnvIsRefusedAndNeverQuotedInAnyReport() throws Exception {
        Path dir = Files.createDirectories(root.resolve(CONNECTORS + "source-x"));
        Files.createSymbolicLink(dir.resolve("metadata.yaml"), Path.of("../../../.env"));
        Path out = tmp.resolve("site");

        CliRun text = CliRun.runCli("check", root.toString(), "--format", "text");
        CliRun github = CliRun.runCli("check", root.toString(), "--format", "github");
        CliRun sarif = CliRun.runCli("check", root.toString(), "--format", "sarif");
        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(text.exitCode()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains(CONNECTORS + "source-x/metadata.yaml: error[metadata-invalid]: "
                + "metadata.yaml leads to .env, a hidden file; it is not read");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(describe(run)).contains("metadata-invalid source-x " + CONNECTORS + "source-x/metadata.yaml: "
                + "metadata.yaml leads to .env, a hidden file; it is not read");
        assertThat(out.resolve("integrations/sources/good/index.html")).isRegularFile();
        assertNoSecretIn(out, text, github, sarif, run);
    }

    @Test
    void connectorFilesLinkedOutOfTheirOwnFolderAreRefused() throws Exception {
        Path icons = writeConnector("icons");
        Files.writeString(root.resolve(SOURCES + "icons.md"), HostileSites.doc("Icons", "x"));
        Files.createSymbolicLink(icons.resolve("icon.svg"), Path.of("../../../.git/config"));
        Path png = writeConnector("png");
        Files.writeString(png.resolve("metadata.yaml"), HostileSites.metadata("png", "Png", "  icon: icon.png\n"));
        Files.writeString(root.resolve(SOURCES + "png.md"), HostileSites.doc("Png", "x"));
        Files.createSymbolicLink(png.resolve("icon.png"), Path.of("../source-good/metadata.yaml"));
        Path shared = Files.createDirectories(root.resolve(CONNECTORS + "source-shared"));
        Files.createSymbolicLink(shared.resolve("metadata.yaml"), Path.of("../source-good/metadata.yaml"));
        Path out = tmp.resolve("site");

        CliRun run = HostileSites.build(root, out, "--fail-on", "never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(describe(run))
                .contains("broken-link source-icons " + CONNECTORS + "source-icons/icon.svg: icon 'icon.svg' leads to "
                        + ".git/config, inside the hidden folder '.git'; it is not read")
                .contains("broken-link source-png " + CONNECTORS + "source-png/metadata.yaml: icon 'icon.png' leads to "
                        + CONNECTORS + "source-good/metadata.yaml, outside " + CONNECTORS + "source-png/; it is not read")
                .contains("metadata-invalid source-shared " + CONNECTORS + "source-shared/metadata.yaml: metadata.yaml "
                        + "leads to " + CONNECTORS + "source-good/metadata.yaml, outside " + CONNECTORS
                        + "source-shared/; it is not read");
        assertThat(out.resolve("icons")).doesNotExist();
        assertThat(out.resolve("integrations/sources/icons/index.html")).isRegularFile();
        assertNoSecretIn(out, run);
    }

    @Test
    void snippetMappedToGitConfigIsAConfigErrorAndNothingIsRead() throws Exception {
        assertSnippetRefused("Leak: .git/config", "site.yaml: snippets.Leak: '.git/config' lies inside the hidden "
                + "folder '.git'; it is not read");
    }

    @Test
    void snippetLinkedToAFileOutsideRootIsAConfigError() throws Exception {
        Files.createDirectories(root.resolve("docusaurus/static"));
        link("docusaurus/static/_passwd.md", outside.resolve("passwd").toString());
        assertSnippetRefused("Leak: docusaurus/static/_passwd.md", "site.yaml: snippets.Leak: "
                + "'docusaurus/static/_passwd.md' leads outside ROOT (to " + outside.resolve("passwd").toRealPath()
                + "); it is not read");
    }

    @Test
    void snippetLinkedIntoGitOrOutOfTheDocsSiteIsAConfigError() throws Exception {
        Files.createDirectories(root.resolve("docusaurus/static"));
        link("docusaurus/static/_config.md", "../../.git/config");
        assertSnippetRefused("Leak: docusaurus/static/_config.md", "site.yaml: snippets.Leak: "
                + "'docusaurus/static/_config.md' leads to .git/config, inside the hidden folder '.git'; it is not read");
        assertSnippetRefused("Leak: airbyte-integrations/connectors/source-good/metadata.yaml", "site.yaml: "
                + "snippets.Leak: 'airbyte-integrations/connectors/source-good/metadata.yaml' lies outside docs/ "
                + "and docusaurus/; it is not read");
    }

    @Test
    void snippetsInsideTheDocsSiteStillRender() throws Exception {
        Files.createDirectories(root.resolve("docusaurus/static"));
        Files.writeString(root.resolve("docusaurus/static/_steps.md"), "1. Pause the connection.\n");
        Files.writeString(root.resolve("site.yaml"), "snippets:\n  Steps: docusaurus/static/_steps.md\n");
        Files.writeString(root.resolve(SOURCES + "good.md"), "import Steps from '@site/static/_steps.md';\n\n"
                + HostileSites.doc("Good", "<Steps />"));
        Path out = tmp.resolve("site");

        CliRun run = HostileSites.build(root, out);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(HostileSites.read(out.resolve("integrations/sources/good/index.html")))
                .contains("Pause the connection.");
    }

    @Test
    void siteYamlLinkedIntoGitIsAConfigError() throws Exception {
        link("site.yaml", ".git/config");
        Path out = tmp.resolve("site");

        CliRun run = HostileSites.build(root, out);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("site.yaml leads to .git/config, inside the hidden folder '.git'; "
                + "it is not read");
        assertThat(out).doesNotExist();
        assertNoSecretIn(out, run);
    }

    private void assertSnippetRefused(String mapping, String error) throws IOException {
        Files.writeString(root.resolve("site.yaml"), "snippets:\n  " + mapping + "\n");
        Files.writeString(root.resolve(SOURCES + "good.md"), "import Leak from '@site/static/_leak.md';\n\n"
                + HostileSites.doc("Good", "<Leak />"));
        Path out = tmp.resolve("site");

        CliRun run = HostileSites.build(root, out);

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(error);
        assertThat(out).doesNotExist();
        assertNoSecretIn(out, run);
    }

    /** Each diagnostic as {@code rule connector file: message}. */
    private static List<String> describe(CliRun run) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : HostileSites.diagnostics(run)) {
            out.add(d.path("rule").asText() + " " + d.path("connector").asText() + " " + d.path("file").asText()
                    + ": " + d.path("message").asText());
        }
        return out;
    }

    private static void assertNoSecretIn(Path out, CliRun... runs) {
        for (CliRun run : runs) {
            assertThat(run.out() + run.err()).doesNotContain(GIT_SECRET).doesNotContain(ENV_SECRET)
                    .doesNotContain(OUTSIDE_SECRET).doesNotContain("AUTHORIZATION").doesNotContain("API_KEY");
        }
        if (Files.isDirectory(out)) {
            for (Path f : HostileSites.listFiles(out)) {
                assertThat(HostileSites.read(f)).as(f.toString()).doesNotContain(GIT_SECRET)
                        .doesNotContain(ENV_SECRET).doesNotContain(OUTSIDE_SECRET).doesNotContain("AUTHORIZATION");
            }
        }
    }
}
