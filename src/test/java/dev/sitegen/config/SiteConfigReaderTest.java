package dev.sitegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteConfigReaderTest {

    @TempDir
    Path root;

    private SiteConfig read(String yaml) throws Exception {
        Files.writeString(root.resolve("site.yaml"), yaml);
        return SiteConfigFile.readSiteConfig(SiteLayout.detect(root));
    }

    @Test
    void readsEverySetting() throws Exception {
        SiteConfig c = read("""
                title: T
                siteUrl: https://docs.example.org/
                repositoryUrl: https://github.com/o/r/
                editBranch: main
                editPath: content
                rules:
                  changelog-date: error
                  icon-missing: "off"
                  docs-missing: off
                snippets:
                  Steps: snippets/steps.md
                """);
        assertThat(c.title()).isEqualTo("T");
        assertThat(c.siteUrl()).contains("https://docs.example.org");
        assertThat(c.repositoryUrl()).contains("https://github.com/o/r");
        assertThat(c.editPath()).isEqualTo("content/");
        assertThat(c.ruleSeverities()).containsEntry("changelog-date", Severity.ERROR)
                .containsEntry("icon-missing", Severity.OFF).containsEntry("docs-missing", Severity.OFF);
        assertThat(c.snippets()).containsEntry("Steps", "snippets/steps.md");
    }

    @Test
    void missingFileGivesDefaultsAndBadSeverityIsAConfigError() throws Exception {
        Files.createDirectories(root.resolve("connectors"));
        assertThat(SiteConfigFile.readSiteConfig(SiteLayout.detect(root))).isEqualTo(SiteConfig.defaults());
        assertThatThrownBy(() -> read("rules:\n  docs-missing: fatal\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("rules.docs-missing: unknown severity 'fatal'");
        assertThatThrownBy(() -> read("title: [unclosed\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.yaml:");
    }
}
