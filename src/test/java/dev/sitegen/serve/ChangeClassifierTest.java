package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.Site;
import dev.sitegen.model.Catalog;
import dev.sitegen.testing.InputEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeClassifierTest {

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(1);
    private Path root;
    private Site site;

    @BeforeEach
    void loadCopy() throws Exception {
        root = TestSites.copyContent(tmp);
        site = TestSites.loadSite(root, workers);
    }

    @AfterEach
    void closeWorkers() {
        workers.close();
    }

    private ChangePlan classify(String... paths) {
        return ChangeClassifier.classifyChanges(site, List.of(paths).stream().map(root::resolve).toList());
    }

    @Test
    void anEditedDocReloadsThatDocOnly() {
        ChangePlan plan = classify("docs/integrations/sources/ledgerly.md");

        assertThat(plan.isFull()).isFalse();
        assertThat(plan.docs()).containsExactly(root.resolve("docs/integrations/sources/ledgerly.md"));
        assertThat(plan.connectors()).isEmpty();
    }

    @Test
    void anEditedMetadataOrIconReloadsItsConnector() {
        ChangePlan plan = classify("connectors/source-ledgerly/metadata.yaml", "connectors/source-mossdb/icon.svg");

        assertThat(plan.isFull()).isFalse();
        assertThat(plan.connectors()).containsExactly("source-ledgerly", "source-mossdb");
    }

    @Test
    void siteConfigAndAddedOrRemovedSourcesRebuildEverything() throws IOException {
        assertThat(classify("site.yaml").fullReason()).contains("site.yaml changed");

        Files.writeString(root.resolve("docs/integrations/sources/newcomer.md"), "# New\n");
        assertThat(classify("docs/integrations/sources/newcomer.md").fullReason())
                .contains("docs/integrations/sources/newcomer.md was added");

        Files.delete(root.resolve("docs/integrations/sources/mossdb.md"));
        assertThat(classify("docs/integrations/sources/mossdb.md").isFull()).isTrue();

        Files.createDirectories(root.resolve("connectors/source-newcomer"));
        Files.writeString(root.resolve("connectors/source-newcomer/metadata.yaml"), "data: {}\n");
        assertThat(classify("connectors/source-newcomer").fullReason()).contains("connector source-newcomer was added");
    }

    @Test
    void filesThatFeedNothingAreIgnored() {
        ChangePlan plan = classify("docs/integrations/sources/.ledgerly.md.swp", "connectors/source-ledgerly/NOTES.txt",
                "connectors/source-ledgerly/unused.svg",
                "docs/integrations/sources/4913", "README.txt", "../outside.md");

        assertThat(plan.isEmpty()).isTrue();
        assertThat(classify().isEmpty()).isTrue();
    }

    @Test
    void eachEditTouchesTheConnectorsTheBuildAndChangedSinceFind(@TempDir Path other) throws Exception {
        Path prepared = InputEdits.prepareSite(other);
        Site current = TestSites.loadSite(prepared, workers);
        for (InputEdits.Edit edit : InputEdits.listEdits()) {
            edit.applyTo(prepared);

            ChangePlan plan = ChangeClassifier.classifyChanges(current, List.of(prepared.resolve(edit.file())));

            if (!edit.rebuilds()) {
                assertThat(plan.isEmpty()).as(edit.name()).isTrue();
            } else if (!plan.isFull()) {
                Catalog after = CatalogUpdates.applyChanges(CatalogLoader.forSite(current, workers), current.catalog(), plan);
                Set<String> docs = plan.docs().stream().map(current.layout()::relativize).collect(Collectors.toSet());
                assertThat(CatalogUpdates.findAffected(current.catalog(), after, plan, docs)).as(edit.name())
                        .isEqualTo(edit.touched());
            } else {
                // an added file or a snippet: the whole site is built again, which touches its connector too
                assertThat(plan.fullReason().orElseThrow()).as(edit.name()).contains(edit.file());
            }
            current = TestSites.loadSite(prepared, workers);
        }
    }
}
