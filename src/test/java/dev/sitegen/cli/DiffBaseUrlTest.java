package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} between a published site and a preview served under another path (README's pull-request
 * workflow): pages equal but for the base URL are unchanged, whatever the two base URLs are.
 */
class DiffBaseUrlTest {

    @Test
    void pagesAreComparedWithoutTheirBaseUrls(@TempDir Path tmp) throws Exception {
        Path root = BuildOutputTest.copyContentInto(tmp);
        Path published = tmp.resolve("published");
        Path docsPath = tmp.resolve("docs-path");
        Path same = tmp.resolve("same");
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, published, "--base-url", "/", "--fail-on", "never"));
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, docsPath, "--base-url", "/docs/", "--fail-on", "never"));
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, same, "--base-url", "/previews/pr-9/", "--fail-on",
                "never"));
        assertThat(Files.readString(same.resolve("index.html"))).contains("href=\"/previews/pr-9/");
        Path doc = root.resolve("docs/integrations/sources/cratebox.md");
        Files.writeString(doc, Files.readString(doc) + "\nAnother paragraph.\n");
        Path edited = tmp.resolve("edited");
        BuildOutputTest.assertBuilt(BuildOutputTest.build(root, edited, "--base-url", "/previews/pr-9/", "--fail-on",
                "never"));

        assertThat(diff(published, same)).contains("No page or file changed.");
        assertThat(diff(docsPath, same)).contains("No page or file changed.");
        assertThat(diff(same, docsPath)).contains("No page or file changed.");
        assertThat(diff(docsPath, edited))
                .contains("| Pages | 0 | 0 | 1 |")
                .contains("### Changed pages (1)\n\n- `integrations/sources/cratebox/index.html`\n");
    }

    private static String diff(Path before, Path after) {
        CliRun run = CliRun.runCli("diff", before.resolve(".site-gen/manifest.json").toString(), after.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }
}
