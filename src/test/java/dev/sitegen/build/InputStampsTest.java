package dev.sitegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.FindingCounts;
import dev.sitegen.publish.BuildStamp;
import dev.sitegen.publish.FileStamp;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build stamps before loading, and what its stamp keeps when it commits. */
class InputStampsTest {

    private static final RenderOptions RENDER = new RenderOptions(Optional.empty(), LocalDate.of(2026, 11, 21), false);

    @Test
    void theFilesTheLastBuildFoundByLoadingAreStampedBeforeLoadingAndKeptOnlyIfFoundAgain(@TempDir Path tmp)
            throws Exception {
        Path root = tmp.toRealPath().resolve("content");
        SiteTrees.copyTree(TestPaths.contentDir(), root);
        Path icon = root.resolve("connectors/source-ledgerly/icon.svg");
        assertThat(icon).exists();
        SiteLayout layout = SiteLayout.detect(root);
        String gone = "connectors/source-ledgerly/old-icon.svg";

        InputStamps stamps = InputStamps.stampInputs(layout, SiteConfigFile.readSiteConfig(layout), RENDER,
                List.of("connectors/source-ledgerly/icon.svg", gone), LoadMemo.none());

        assertThat(stamps.before()).as("stamped before loading read them")
                .containsEntry("connectors/source-ledgerly/icon.svg", FileStamp.stampFile(icon))
                .containsEntry(gone, FileStamp.MISSING);
        SortedMap<String, FileStamp> atCommit = new TreeMap<>(stamps.before());
        BuildStamp.Pending pending = stamps.toPending(stamps.inputs().withFiles(List.of(icon)), atCommit, 1,
                new FindingCounts(0, 0, 0, 0), new BuildStamp.Report("TEXT", "", "{}"));
        assertThat(pending.stamps()).as("found again by loading").containsKey("connectors/source-ledgerly/icon.svg")
                .as("no input any more").doesNotContainKey(gone)
                .as("the trees as stamped").containsKey("docs/integrations/sources/ledgerly.md");
    }
}
