package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.Site;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-file reloads agree with a fresh load. */
class CatalogUpdatesTest {

    private static final String DOC = "docs/integrations/sources/ledgerly.md";
    private static final String GUIDE = "docs/integrations/sources/ledgerly-migrations.md";
    private static final String METADATA = "connectors/source-ledgerly/metadata.yaml";

    @TempDir
    Path tmp;

    private final Workers workers = new Workers(2);
    private Path root;
    private Site site;
    private CatalogLoader loader;

    @BeforeEach
    void loadCopy() throws Exception {
        root = TestSites.copyContent(tmp);
        site = TestSites.loadSite(root, workers);
        loader = CatalogLoader.forSite(site, workers);
    }

    @AfterEach
    void closeWorkers() {
        workers.close();
    }

    private void edit(String file, String from, String to) throws Exception {
        Path p = root.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private Catalog apply(ChangePlan plan) throws Exception {
        return CatalogUpdates.applyChanges(loader, site.catalog(), plan);
    }

    private Catalog loadFresh() throws Exception {
        return TestSites.loadSite(root, workers).catalog();
    }

    @Test
    void aProseEditReloadsTheDoc() throws Exception {
        edit(DOC, "build aging reports", "build aging reports and cash-flow forecasts\n\nwith two new lines");
        // the changelog rows move down two lines: positions change, values do not

        Catalog after = apply(ChangeClassifier.classifyChanges(site, Set.of(root.resolve(DOC))));

        assertThat(after).isEqualTo(loadFresh());
        assertThat(after.findConnector("source-ledgerly").flatMap(Connector::doc).orElseThrow().markdown())
                .contains("cash-flow forecasts");
    }

    @Test
    void aNewChangelogRowAndVersionReloadTheConnector() throws Exception {
        edit(METADATA, "dockerImageTag: 2.3.1", "dockerImageTag: 2.3.2");
        edit(DOC, "| 2.3.1 |", "| 2.3.2 | 2026-11-01 | [4900](https://github.com/tributary-data/connectors/pull/4900) "
                + "| Retry on 503 |\n| 2.3.1 |");

        Catalog after = apply(ChangeClassifier.classifyChanges(site, Set.of(root.resolve(DOC), root.resolve(METADATA))));

        assertThat(after).isEqualTo(loadFresh());
        assertThat(after.findConnector("source-ledgerly").orElseThrow().metadata().dockerImageTag()).isEqualTo("2.3.2");
    }

    @Test
    void aMigrationGuideEditTouchesItsConnector() throws Exception {
        edit(GUIDE, "## Upgrading to 2.0.0", "## Upgrading to 2.0.0\n\nRead this first.");
        ChangePlan plan = ChangeClassifier.classifyChanges(site, Set.of(root.resolve(GUIDE)));

        Catalog after = apply(plan);

        assertThat(after).isEqualTo(loadFresh());
        assertThat(CatalogUpdates.findAffected(site.catalog(), after, plan, Set.of(GUIDE)))
                .containsExactly("source-ledgerly");
    }

    @Test
    void invalidMetadataKeepsTheLastGoodConnectorAndReportsTheProblem() throws Exception {
        edit(METADATA, "connectorType: source", "connectorType: [oops");

        Catalog after = apply(ChangeClassifier.classifyChanges(site, Set.of(root.resolve(METADATA))));

        assertThat(after.findConnector("source-ledgerly")).isEqualTo(site.catalog().findConnector("source-ledgerly"));
        assertThat(after.loadDiagnostics()).anyMatch(d -> d.rule().equals("metadata-invalid")
                && d.connector().equals("source-ledgerly"));
        assertThat(loadFresh().findConnector("source-ledgerly")).isEqualTo(Optional.empty());
    }
}
