package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report quotes source lines only of files the input policy admits as they are now: a finding that
 * names a file which has since become a link to {@code .env} (or names a file the build never reads) quotes
 * nothing.
 */
class QuotedLinesTest {

    @TempDir
    Path root;

    @Test
    void quotesOnlyFilesTheInputGateAdmits() throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: T\n");
        Files.writeString(root.resolve(".env"), "API_KEY=SECRET\n");
        Files.writeString(root.resolve("README.md"), "readme line\n");
        Path dir = Files.createDirectories(root.resolve("connectors/source-x"));
        Files.createSymbolicLink(dir.resolve("metadata.yaml"), Path.of("../../.env"));
        Path docs = Files.createDirectories(root.resolve("docs/integrations/sources"));
        Files.writeString(docs.resolve("x.md"), "# X\r\nsecond\n");
        Files.createSymbolicLink(docs.resolve("env.md"), Path.of("../../../.env"));
        QuotedLines lines = new QuotedLines(SiteLayout.detect(root));

        assertThat(lines.findLine(SourcePos.at("docs/integrations/sources/x.md", 2, 1))).contains("second");
        assertThat(lines.findLine(SourcePos.at("site.yaml", 1, 1))).contains("title: T");
        assertThat(lines.findLine(SourcePos.at("connectors/source-x/metadata.yaml", 1, 1))).isEmpty();
        assertThat(lines.findLine(SourcePos.at("docs/integrations/sources/env.md", 1, 1))).isEmpty();
        assertThat(lines.findLine(SourcePos.at(".env", 1, 1))).isEmpty();
        assertThat(lines.findLine(SourcePos.at("README.md", 1, 1))).isEmpty();
        assertThat(lines.findLine(SourcePos.at("../outside.md", 1, 1))).isEmpty();
    }

    @Test
    void linesEndAtEveryLineBreakAndTheByteOrderMarkIsDropped() throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: T\n");
        Path docs = Files.createDirectories(root.resolve("docs"));
        Files.writeString(docs.resolve("a.md"), "\uFEFFfirst\r\nsecond\rthird\n\nfifth \u00e9");
        Files.writeString(docs.resolve("b.md"), "other\n");
        QuotedLines lines = new QuotedLines(SiteLayout.detect(root));

        assertThat(lines.findLine(SourcePos.at("docs/a.md", 1, 1))).contains("first");
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 2, 1))).contains("second");
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 3, 1))).contains("third");
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 4, 1))).contains("");
        assertThat(lines.findLine(SourcePos.at("docs/b.md", 1, 1))).contains("other");
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 5, 1))).contains("fifth \u00e9");
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 6, 1))).isEmpty();
        assertThat(lines.findLine(SourcePos.at("docs/a.md", 0, 1))).isEmpty();
    }
}
