package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.ConfigException;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.LineRange;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The changelog and migration-guide numbers of the shared monorepo snapshot (skipped when it is
 * absent). The independent count read 19,371 rows per connector and 18,982 per distinct
 * table; this parser also reads the two rows of {@code sources/avni.md}, whose table lacks its
 * delimiter row (recorded as a row problem), hence 19,373 and 18,984.
 */
class CorpusChangelogTest {

    private static Catalog catalog;

    @BeforeAll
    static void loadCorpus() throws IOException, ConfigException {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        SiteLayout layout = SiteLayout.detect(TestPaths.findCorpus().get());
        catalog = new CatalogLoader(layout, new Workers(2)).loadCatalog();
    }

    @Test
    void everyMetadataFileLoads() {
        assertThat(catalog.connectors()).hasSize(635);
    }

    @Test
    void everyConnectorDocWithAChangelogHeadingYieldsEntries() {
        List<String> without = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            boolean hasHeading = c.doc().map(d -> hasChangelogHeading(d.markdown())).orElse(false);
            if (hasHeading && c.changelog().map(t -> t.entries().isEmpty()).orElse(true)) {
                without.add(c.dir());
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void avniTableWithoutDelimiterRowIsReadAndFlagged() {
        Changelog avni = catalog.findConnector("source-avni").flatMap(Connector::changelog).orElseThrow();
        assertThat(avni.entries()).extracting(ChangelogEntry::rawVersion).containsExactly("0.1.1", "0.1.0");
        assertThat(avni.entries().get(0).pos().line()).isEqualTo(56);
        assertThat(avni.entries().get(0).rowProblem()).hasValueSatisfying(p -> assertThat(p).contains("delimiter"));
    }

    @Test
    void rowsCountedPerConnectorAndPerDistinctTable() {
        assertThat(countEntries(connectorTables())).isEqualTo(19_373);
        assertThat(countEntries(distinctTables())).isEqualTo(18_984);
    }

    @Test
    void docsNoConnectorUsesHoldTheRemainingRows() {
        List<Changelog> all = catalog.docs().stream()
                .flatMap(d -> ChangelogParser.parseChangelogs(d).stream()).toList();
        assertThat(countEntries(all)).isEqualTo(19_020);
        Collection<Changelog> used = distinctTables();
        List<String> unused = all.stream().filter(t -> !used.contains(t)).map(t -> t.pos().file()).toList();
        assertThat(unused).containsExactly("docs/integrations/destinations/chargify.md",
                "docs/integrations/destinations/streamr.md", "docs/integrations/sources/e2e-test-cloud.md",
                "docs/integrations/sources/jenkins.md", "docs/integrations/sources/orbit.md",
                "docs/integrations/sources/victorops.md");
    }

    @Test
    void blockLinesWithoutRowsAreTheParsedBlocksLines() {
        for (DocPage d : catalog.docs()) {
            assertThat(ChangelogParser.findChangelogLines(d)).as(d.file()).isEqualTo(ChangelogParser.parseChangelogs(d)
                    .stream().map(c -> new LineRange(c.firstLine(), c.lastLine())).toList());
        }
    }

    @Test
    void nonSemverVersionsAreKeptRaw() {
        List<Changelog> withBad = connectorTables().stream().filter(t -> countNonSemver(t) > 0).toList();
        assertThat(withBad.stream().mapToLong(CorpusChangelogTest::countNonSemver).sum()).isEqualTo(38);
        assertThat(withBad).hasSize(19);
        List<Changelog> distinctBad = distinctTables().stream().filter(t -> countNonSemver(t) > 0).toList();
        assertThat(distinctBad.stream().mapToLong(CorpusChangelogTest::countNonSemver).sum()).isEqualTo(36);
        assertThat(distinctBad).hasSize(17);
    }

    @Test
    void everyMigrationsDocParsesWithSections() {
        List<MigrationGuide> guides = catalog.docs().stream().filter(d -> d.file().endsWith("-migrations.md"))
                .map(MigrationGuideParser::parseMigrationGuide).toList();
        assertThat(guides).hasSize(84).allSatisfy(g -> assertThat(g.sections()).as(g.page().file()).isNotEmpty());
    }

    @Test
    void everyBreakingChangeFindsItsMigrationSection() {
        int count = 0;
        List<String> missing = new ArrayList<>();
        for (Connector c : catalog.connectors()) {
            for (BreakingChange bc : c.metadata().breakingChanges()) {
                count++;
                if (c.migrationGuide().flatMap(g -> g.findSection(bc.version().raw())).isEmpty()) {
                    missing.add(c.dir() + " " + bc.version().raw());
                }
            }
        }
        assertThat(count).isEqualTo(143);
        assertThat(missing).isEmpty();
    }

    private static List<Changelog> connectorTables() {
        return catalog.connectors().stream().flatMap(c -> c.changelog().stream()).toList();
    }

    /** The tables connectors use, a table shared by several connectors once. */
    private static Collection<Changelog> distinctTables() {
        Map<String, Changelog> byPos = new TreeMap<>();
        connectorTables().forEach(t -> byPos.put(t.pos().toString(), t));
        return byPos.values();
    }

    private static long countEntries(Collection<Changelog> tables) {
        return tables.stream().mapToLong(t -> t.entries().size()).sum();
    }

    private static long countNonSemver(Changelog table) {
        return table.entries().stream().filter(e -> e.version().isEmpty()).count();
    }

    /** Independent of the parser: a line of {@code #}s, a space, then "changelog". */
    private static boolean hasChangelogHeading(String markdown) {
        return markdown.lines().anyMatch(line -> {
            String t = line.strip();
            int hashes = 0;
            while (hashes < t.length() && t.charAt(hashes) == '#') {
                hashes++;
            }
            return hashes > 0 && t.substring(hashes).strip().toLowerCase(Locale.ROOT).startsWith("changelog");
        });
    }
}
