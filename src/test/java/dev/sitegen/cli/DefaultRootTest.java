package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitegen.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ROOT a command without one uses, from the folder it runs in. */
class DefaultRootTest {

    @TempDir
    Path tmp;

    @Test
    void aMonorepoCheckoutIsItsOwnRoot() throws IOException, ConfigException {
        Files.createDirectories(tmp.resolve("airbyte-integrations/connectors"));
        Files.createDirectories(tmp.resolve("docs/integrations"));
        Files.createDirectories(tmp.resolve("content"));

        assertThat(DefaultRoot.chooseRoot(tmp)).isEqualTo(tmp);
    }

    @Test
    void aFolderWithSiteYamlIsItsOwnRoot() throws IOException, ConfigException {
        Files.writeString(tmp.resolve("site.yaml"), "title: T\n");

        assertThat(DefaultRoot.chooseRoot(tmp)).isEqualTo(tmp);
    }

    @Test
    void otherwiseTheContentFolder() throws IOException, ConfigException {
        Files.createDirectories(tmp.resolve("content"));
        Files.createDirectories(tmp.resolve("docs/integrations"));

        assertThat(DefaultRoot.chooseRoot(tmp)).isEqualTo(tmp.resolve("content"));
    }

    @Test
    void neitherIsAConfigurationErrorSayingWhatWasLookedFor() {
        assertThatThrownBy(() -> DefaultRoot.chooseRoot(tmp)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no ROOT given").hasMessageContaining("neither a monorepo checkout nor a folder "
                        + "with site.yaml").hasMessageContaining("has no content/ folder");
    }
}
