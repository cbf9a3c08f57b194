package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading for {@code check --only}: the same catalog, with only the checked connectors' docs judged. */
class CatalogLoaderScopeTest {

    private static Path fixtureSite(String name) {
        return TestPaths.fixtureSite(name);
    }

    @Test
    void onlyTheDocsOfJudgedConnectorsAreCheckedAgainstTheMarkdownLimitsAndTheCatalogIsTheSame(@TempDir Path tmp)
            throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(fixtureSite("loader-good"), root);
        String deep = ">".repeat(1000) + " too deep\n";
        for (String doc : List.of("beacon.md", "cobble.md", "beacon-migrations.md")) {
            Path file = root.resolve("docs/integrations/sources").resolve(doc);
            Files.writeString(file, Files.readString(file) + deep);
        }
        Catalog all;
        Catalog beacon;
        try (Workers workers = new Workers(2)) {
            CatalogLoader loader = new CatalogLoader(SiteLayout.detect(root), workers);
            all = loader.loadCatalog();
            beacon = loader.loadCatalog(Optional.of(Set.of("source-beacon")));
        }

        assertThat(limitFindings(all)).containsExactly(
                "source-beacon docs/integrations/sources/beacon-migrations.md",
                "source-beacon docs/integrations/sources/beacon.md",
                "source-cobble docs/integrations/sources/cobble.md");
        assertThat(limitFindings(beacon)).containsExactly(
                "source-beacon docs/integrations/sources/beacon-migrations.md",
                "source-beacon docs/integrations/sources/beacon.md");
        assertThat(beacon.connectors()).isEqualTo(all.connectors());
        assertThat(beacon.docs()).isEqualTo(all.docs());
        List<Diagnostic> others = new ArrayList<>(all.loadDiagnostics());
        others.removeIf(d -> d.message().contains("shown as plain text") && !d.connector().equals("source-beacon"));
        assertThat(beacon.loadDiagnostics()).isEqualTo(others);
    }

    private static List<String> limitFindings(Catalog catalog) {
        return catalog.loadDiagnostics().stream().filter(d -> d.message().contains("shown as plain text"))
                .map(d -> d.connector() + " " + d.pos().file()).sorted().toList();
    }
}
