package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleOutputsTest {

    @TempDir
    Path tmp;

    @Test
    void deletesMarkedAndEmptyLeftoversButNothingElse() throws Exception {
        Path site = tmp.resolve("site");
        StagedOutputTest.writeMarked(site, "index.html");
        StagedOutputTest.writeMarked(tmp.resolve("site.staging-12"), "half/written.html");
        StagedOutputTest.writeMarked(tmp.resolve("site.old-13"), "index.html");
        Files.createDirectories(tmp.resolve("site.staging-14"));
        Files.createDirectories(tmp.resolve("site.staging-15/.site-gen"));
        Files.createDirectories(tmp.resolve("site.staging-16/notes"));
        Files.createDirectories(tmp.resolve("site.old-backup"));
        Files.createDirectories(tmp.resolve("other.staging-17"));
        StagedOutputTest.writeMarked(tmp.resolve("other.staging-18"), "index.html");

        assertThat(StaleOutputs.tidyUp(site))
                .containsExactly("site.staging-12", "site.staging-14", "site.staging-15", "site.old-13");

        assertThat(SiteTrees.listNames(tmp)).containsExactly("other.staging-17", "other.staging-18", "site",
                "site.old-backup", "site.staging-16");
        assertThat(site.resolve("index.html")).hasContent("index.html");
    }

    @Test
    void putsThePreviousOutputBackWhenABuildDiedBetweenItsTwoRenames() throws Exception {
        Path site = tmp.resolve("site");
        StagedOutputTest.writeMarked(tmp.resolve("site.old-21"), "index.html");
        StagedOutputTest.writeMarked(tmp.resolve("site.staging-21"), "new.html");

        assertThat(StaleOutputs.tidyUp(site)).containsExactly("site.staging-21");

        assertThat(SiteTrees.listNames(tmp)).containsExactly("site");
        assertThat(SiteTrees.readTree(site).keySet()).containsExactly(".site-gen/output", "index.html");
    }

    @Test
    void aFolderDeletedHalfwayStillCarriesItsMarker() throws Exception {
        Path old = tmp.resolve("site.old-7");
        StagedOutputTest.writeMarked(old, "a/b/c.html");
        Files.writeString(old.resolve(".site-gen/manifest.json"), "{}");

        SiteFolders.deleteOurFolder(old);

        assertThat(old).doesNotExist();
    }
}
