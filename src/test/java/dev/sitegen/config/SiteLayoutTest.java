package dev.sitegen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLayoutTest {

    private static Path fixtureSite(String name) {
        String project = System.getProperty("sitegen.project");
        Path base = Path.of(project == null || project.isBlank() ? System.getProperty("user.dir") : project);
        return base.resolve("src/test/resources/sites").resolve(name);
    }

    @Test
    void projectLayoutIsDetected() throws Exception {
        Path root = fixtureSite("loader-good");

        SiteLayout layout = SiteLayout.detect(root);

        Path abs = root.toAbsolutePath().normalize();
        assertThat(layout.kind()).isEqualTo(LayoutKind.PROJECT);
        assertThat(layout.root()).isEqualTo(abs);
        assertThat(layout.connectorsDir()).isEqualTo(abs.resolve("connectors"));
        assertThat(layout.docsDir()).isEqualTo(abs.resolve("docs"));
        assertThat(layout.siteConfigFile()).isEqualTo(abs.resolve("site.yaml"));
    }

    @Test
    void projectLayoutIsDetectedFromAnUnnormalizedRelativePath() throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Path fixture = fixtureSite("loader-good").toAbsolutePath().normalize();
        Path relative = cwd.relativize(fixture).resolve("../loader-good");

        SiteLayout layout = SiteLayout.detect(relative);

        assertThat(layout.kind()).isEqualTo(LayoutKind.PROJECT);
        assertThat(layout.root()).isEqualTo(fixture);
        assertThat(layout.root().isAbsolute()).isTrue();
    }

    @Test
    void connectorsFolderAloneIsAProject(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("connectors"));

        assertThat(SiteLayout.detect(root).kind()).isEqualTo(LayoutKind.PROJECT);
    }

    @Test
    void siteYamlAloneIsAProject(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("site.yaml"), "title: Just a config\n");

        SiteLayout layout = SiteLayout.detect(root);

        assertThat(layout.kind()).isEqualTo(LayoutKind.PROJECT);
        assertThat(layout.connectorsDir()).isEqualTo(layout.root().resolve("connectors"));
    }

    @Test
    void monorepoLayoutIsDetected(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("airbyte-integrations/connectors/source-one"));
        Files.createDirectories(root.resolve("docs/integrations/sources"));

        SiteLayout layout = SiteLayout.detect(root);

        Path abs = root.toAbsolutePath().normalize();
        assertThat(layout.kind()).isEqualTo(LayoutKind.MONOREPO);
        assertThat(layout.root()).isEqualTo(abs);
        assertThat(layout.connectorsDir()).isEqualTo(abs.resolve("airbyte-integrations/connectors"));
        assertThat(layout.docsDir()).isEqualTo(abs.resolve("docs"));
    }

    @Test
    void monorepoWinsOverProjectMarkers(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("airbyte-integrations/connectors"));
        Files.createDirectories(root.resolve("docs/integrations"));
        Files.createDirectories(root.resolve("connectors"));
        Files.writeString(root.resolve("site.yaml"), "title: Mono\n");

        assertThat(SiteLayout.detect(root).kind()).isEqualTo(LayoutKind.MONOREPO);
    }

    @Test
    void monorepoConnectorsWithoutDocsIsNotAMonorepo(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("airbyte-integrations/connectors"));

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> SiteLayout.detect(root));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("not a site-gen root");
    }

    @Test
    void folderThatIsNeitherFailsWithAHint(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("docs/integrations"));
        Files.writeString(root.resolve("README.md"), "# Not a site\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> SiteLayout.detect(root));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(root.toString()).contains("not a site-gen root");
        assertThat(e.hint()).contains("site.yaml").contains("connectors/")
                .contains("airbyte-integrations/connectors").contains("docs/integrations");
    }

    @Test
    void missingFolderFailsWithAHint(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-root");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> SiteLayout.detect(missing));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("no-such-root").contains("no such directory");
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void regularFileAsRootFails(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("site.yaml"), "title: x\n");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> SiteLayout.detect(file));

        assertThat(e).isNotNull();
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void relativizeGivesForwardSlashPathsBelowTheRoot(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("connectors/source-a"));
        SiteLayout layout = SiteLayout.detect(root);

        assertThat(layout.relativize(layout.connectorsDir().resolve("source-a/metadata.yaml")))
                .isEqualTo("connectors/source-a/metadata.yaml");
        assertThat(layout.relativize(layout.docsDir().resolve("integrations/sources/../sources/a.md")))
                .isEqualTo("docs/integrations/sources/a.md");
    }
}
