package dev.sitegen.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.SiteConfigFile;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CheckedFindings;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --only X} reads the other connectors without their specs and reads a connector in full
 * only when its page is rendered or its findings are reported: what it finds is what a check on a
 * catalog loaded whole finds.
 */
class ScopedLoadTest {

    private static final String CODED = "docs/integrations/sources/coded.md";

    @Test
    void eachConnectorCheckedAloneFindsWhatAWholeLoadFinds() throws Exception {
        List<String> compared = new ArrayList<>();
        for (String fixture : List.of("spec-forms", "spec-reference", "spec-rules", "links-kinds", "links-broken")) {
            SiteLayout layout = SiteLayout.detect(TestPaths.fixtureSite(fixture));
            try (Workers workers = new Workers(2)) {
                Build full = loadFor(layout, workers, Optional.empty());
                for (Connector c : full.site().catalog().connectors()) {
                    Build scoped = loadFor(layout, workers, Optional.of(Set.of(c.dir())));
                    List<String> expected = CheckedFindings.describeFindings(full, c.dir());
                    assertThat(CheckedFindings.describeFindings(scoped, c.dir())).as(fixture + " " + c.dir()).isEqualTo(expected);
                    compared.addAll(expected);
                }
            }
        }
        // the comparison means something: spec rules and link findings are among those compared
        assertThat(compared).anyMatch(f -> f.startsWith("broken-link "))
                .anyMatch(f -> f.startsWith("doc-field-unknown ")).anyMatch(f -> f.startsWith("spec-invalid "));
    }

    @Test
    void aLinkIntoAnotherConnectorsReferenceSectionIsJudgedOnThatPageReadInFull(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("spec-rules"), root);
        Path doc = root.resolve(CODED);
        List<String> lines = new ArrayList<>(Files.readAllLines(doc));
        int at = lines.size();
        lines.add("See [the key](./match.md#reference.api_key) and [nothing](./match.md#reference.no_such_field).");
        Files.write(doc, lines);
        SiteLayout layout = SiteLayout.detect(root);
        try (Workers workers = new Workers(2)) {
            Build scoped = loadFor(layout, workers, Optional.of(Set.of("source-coded")));
            Catalog loaded = scoped.site().catalog();
            // the cut this test guards: another connector's spec is not read for the check itself
            assertThat(loaded.findConnector("source-coded").orElseThrow().spec()).isPresent();
            assertThat(loaded.findConnector("source-match").orElseThrow().spec()).isEmpty();

            List<String> found = CheckedFindings.describeFindings(scoped, "source-coded");

            assertThat(found).filteredOn(f -> f.startsWith("broken-link ")).singleElement().asString()
                    .contains(CODED + ":" + (at + 1) + ":").contains("reference.no_such_field");
            assertThat(found).isEqualTo(CheckedFindings.describeFindings(loadFor(layout, workers, Optional.empty()), "source-coded"));
        }
    }

    @Test
    void connectorsReadInFullLaterAreWhatAWholeLoadReads() throws Exception {
        SiteLayout layout = SiteLayout.detect(TestPaths.fixtureSite("spec-forms"));
        try (Workers workers = new Workers(2)) {
            Build wholeLoad = loadFor(layout, workers, Optional.empty());
            Catalog whole = wholeLoad.site().catalog();
            Build scoped = loadFor(layout, workers, Optional.of(Set.of("source-mani")));
            assertThat(scoped.site().catalog().connectors()).isNotEqualTo(whole.connectors());

            List<String> all = whole.connectors().stream().map(Connector::dir).toList();
            Build completed = scoped.readInFull(all);

            assertThat(completed.site().catalog().connectors()).isEqualTo(whole.connectors());
            assertThat(completed.site().catalog().docs()).isEqualTo(whole.docs());
            assertThat(sorted(completed.site().catalog().loadDiagnostics())).isEqualTo(sorted(whole.loadDiagnostics()));
            assertThat(scoped.site().facts()).isEqualTo(wholeLoad.site().facts());
        }
    }

    @Test
    void aConnectorReadInFullLaterHasItsDocsJudgedAgainstTheMarkdownLimits(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("loader-good"), root);
        for (String doc : List.of("beacon.md", "cobble.md", "beacon-migrations.md")) {
            Path file = root.resolve("docs/integrations/sources").resolve(doc);
            Files.writeString(file, Files.readString(file) + ">".repeat(1000) + " too deep\n");
        }
        SiteLayout layout = SiteLayout.detect(root);
        try (Workers workers = new Workers(2)) {
            // as --changed-since loads: nothing checked until the changes are known
            Build none = loadFor(layout, workers, Optional.of(Set.of()));
            assertThat(limitFindings(none.site().catalog())).isEmpty();

            Build beacon = none.readInFull(List.of("source-beacon"));

            assertThat(limitFindings(beacon.site().catalog())).containsExactly(
                    "source-beacon docs/integrations/sources/beacon-migrations.md",
                    "source-beacon docs/integrations/sources/beacon.md");
            assertThat(limitFindings(beacon.readInFull(List.of("source-beacon", "source-cobble")).site().catalog()))
                    .containsExactly("source-beacon docs/integrations/sources/beacon-migrations.md",
                            "source-beacon docs/integrations/sources/beacon.md",
                            "source-cobble docs/integrations/sources/cobble.md");
            assertThat(CheckedFindings.describeFindings(beacon, "source-beacon"))
                    .isEqualTo(CheckedFindings.describeFindings(loadFor(layout, workers, Optional.empty()), "source-beacon"));
        }
    }

    private static List<String> limitFindings(Catalog catalog) {
        return catalog.loadDiagnostics().stream().filter(d -> d.message().contains("shown as plain text"))
                .map(d -> d.connector() + " " + d.pos().file()).sorted().toList();
    }

    private static Build loadFor(SiteLayout layout, Workers workers, Optional<Set<String>> checked) throws Exception {
        return Build.load(layout, SiteConfigFile.readSiteConfig(layout), workers, checked);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(Diagnostic.REPORT_ORDER).toList();
    }
}
