package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load memo as a long-lived process keeps it ({@link KeptMemo}): the next load takes every unchanged entry's
 * decoded value and every unchanged doc as read, reads an edited doc or one that became a link again, and loads
 * exactly what a load without a memo loads. The copy's files are new, so the memos compare times with a clock a
 * minute ahead, as in {@code LoadMemoTest}.
 */
class KeptMemoTest {

    private static final String KEY = "generator test\nroot r";
    private static final LongSupplier LATER = () -> System.currentTimeMillis() * 1_000_000L
            + TimeUnit.MINUTES.toNanos(1);

    @TempDir
    Path tmp;
    Path root;
    SiteLayout layout;

    @BeforeEach
    void copyFixture() throws Exception {
        root = tmp.toRealPath().resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("loader-good"), root);
        layout = SiteLayout.detect(root);
        MemoryTier.enable();
    }

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private Catalog load(LoadMemo memo) throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, memo).catalog();
        }
    }

    private Catalog loadWithoutMemo() throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, Optional.empty())
                    .catalog();
        }
    }

    private java.util.List<Path> listDocs() throws Exception {
        try (var files = Files.walk(root.resolve("docs/integrations"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private LoadMemo keepAndReuse(LoadMemo memo) throws Exception {
        return LoadMemo.reuse(memo.encodeKept(KEY).kept(), KEY, LATER).orElseThrow();
    }

    @Test
    void theNextLoadTakesEveryUnchangedDocAndEntryFromMemory() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        load(first);
        LoadMemo second = keepAndReuse(first);
        Catalog again = load(second);
        assertThat(again).isEqualTo(loadWithoutMemo());
        assertThat(second.reusedDocs()).isEqualTo(listDocs().size()).isGreaterThan(3);
        assertThat(second.reusedMetadata()).isEqualTo(again.connectors().size());
        assertThat(second.reusedIcons()).isEqualTo(again.connectors().stream().filter(c -> c.iconFile().isPresent())
                .count()).isGreaterThan(0);

        LoadMemo third = keepAndReuse(second);
        assertThat(load(third)).isEqualTo(again);
        assertThat(third.reusedDocs()).isEqualTo(listDocs().size());
        assertThat(third.reusedSpecs()).isEqualTo(second.reusedSpecs());
        assertThat(LoadMemo.reuse(third.encodeKept(KEY).kept(), "another key")).isEmpty();
    }

    @Test
    void aMigrationGuideIsParsedAgainOnlyWhenItsDocWasReadAgain() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        Catalog before = load(first);
        long guides = before.connectors().stream().flatMap(c -> c.migrationGuide().stream())
                .map(g -> g.page().file()).distinct().count();
        assertThat(guides).isGreaterThan(0);
        LoadMemo second = keepAndReuse(first);
        Catalog same = load(second);
        assertThat(same).isEqualTo(loadWithoutMemo());
        assertThat(second.reusedGuides()).isEqualTo(guides);

        Path guide = root.resolve("docs/integrations/sources/beacon-migrations.md");
        Files.writeString(guide, "\n## Upgrading to 9.0.0\n\nAn edit.\n", StandardOpenOption.APPEND);
        LoadMemo third = keepAndReuse(second);
        Catalog again = load(third);
        assertThat(again).isEqualTo(loadWithoutMemo()).isNotEqualTo(same);
        assertThat(third.reusedGuides()).isEqualTo(guides - 1);
        assertThat(again.connectors().stream().flatMap(c -> c.migrationGuide().stream())
                .filter(g -> g.page().file().endsWith("beacon-migrations.md")).findFirst().orElseThrow().sections())
                .anyMatch(s -> s.rawVersion().equals("9.0.0"));
    }

    @Test
    void repositoriesAreCountedAgainOnlyForATableParsedAgain() throws Exception {
        // check's memo keeps changelog tables; the second load decodes them, and keeps the decoded values
        LoadMemo first = LoadMemo.empty(LATER).keepingUnread();
        load(first);
        LoadMemo second = keepAndReuse(first).keepingUnread();
        dev.sitegen.model.Changelog table = load(second).connectors().stream().flatMap(c -> c.changelog().stream())
                .filter(t -> !t.entries().isEmpty()).findFirst().orElseThrow();
        LoadMemo third = keepAndReuse(second).keepingUnread();
        dev.sitegen.model.Changelog same = load(third).connectors().stream().flatMap(c -> c.changelog().stream())
                .filter(t -> t.pos().equals(table.pos())).findFirst().orElseThrow();
        // a table taken unchanged from the memo is the very same object, so its counts are taken too
        assertThat(same).isSameAs(table);
        java.util.Map<String, Integer> counted = third.countRepositories(same);
        assertThat(counted).isEqualTo(SiteFactsInference.countRepositories(same)).isNotEmpty();
        LoadMemo fourth = keepAndReuse(third).keepingUnread();
        assertThat(fourth.countRepositories(same)).isSameAs(counted);
        // an equal table parsed again is another object: counted again (equal counts, not the kept ones)
        dev.sitegen.model.Changelog copy = new dev.sitegen.model.Changelog(same.scope(), same.pos(),
                same.firstLine(), same.lastLine(), same.entries());
        assertThat(fourth.countRepositories(copy)).isEqualTo(counted).isNotSameAs(counted);
        try (Workers workers = new Workers(2)) {
            assertThat(SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers,
                    keepAndReuse(fourth).keepingUnread()).facts()).isEqualTo(SiteReader.readSite(layout,
                    SiteConfigFile.readSiteConfig(layout), workers, Optional.empty()).facts());
        }
    }

    @Test
    void anEditedIconIsJudgedAgain() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        Catalog before = load(first);
        dev.sitegen.model.Connector withIcon = before.connectors().stream().filter(c -> c.iconFile().isPresent())
                .findFirst().orElseThrow();
        Files.writeString(root.resolve(withIcon.iconFile().get()), "not an svg");
        LoadMemo second = keepAndReuse(first);
        Catalog again = load(second);
        assertThat(again).isEqualTo(loadWithoutMemo()).isNotEqualTo(before);
        assertThat(again.findConnector(withIcon.dir()).orElseThrow().iconFile()).isEmpty();
    }

    @Test
    void anEditedDocOrOneThatBecameALinkIsReadAgain() throws Exception {
        LoadMemo first = LoadMemo.empty(LATER);
        load(first);
        int docs = listDocs().size();
        Path doc = listDocs().get(0);
        Files.writeString(doc, "\nAn edit.\n", StandardOpenOption.APPEND);
        Path other = listDocs().get(1);
        Path moved = Files.move(other, other.resolveSibling("moved.txt"));
        Files.createSymbolicLink(other, moved.getFileName());

        LoadMemo second = keepAndReuse(first);
        Catalog again = load(second);
        assertThat(again).isEqualTo(loadWithoutMemo());
        String edited = root.relativize(doc).toString();
        assertThat(java.util.stream.Stream.concat(again.docs().stream(),
                        again.connectors().stream().flatMap(c -> c.doc().stream()))
                .filter(d -> d.file().equals(edited)).findFirst().orElseThrow().markdown()).endsWith("An edit.\n");
        assertThat(second.reusedDocs()).isEqualTo(docs - 2);
    }

    @Test
    void aBuildsChangelogTablesAreParsedAgainOnlyForAnEditedDoc() throws Exception {
        // a build's memo file keeps no tables: the tier keeps them with the very doc they were parsed from
        dev.sitegen.model.Connector plain = loadWithoutMemo().connectors().stream()
                .filter(c -> c.doc().isPresent() && c.changelog().isEmpty()).findFirst().orElseThrow();
        Files.writeString(root.resolve(plain.doc().orElseThrow().file()), "\n## Changelog\n\n"
                + "| Version | Date       | Pull Request | Subject |\n|:--------|:-----------|:-------------|:--------|\n"
                + "| 1.0.0   | 2024-06-10 | [7](https://github.com/example/connectors/pull/7) | First |\n",
                StandardOpenOption.APPEND);
        LoadMemo first = LoadMemo.empty(LATER);
        Catalog before = load(first);
        java.util.List<dev.sitegen.model.Connector> withTables = before.connectors().stream()
                .filter(c -> c.changelog().isPresent()).toList();
        assertThat(withTables).hasSizeGreaterThan(1);
        LoadMemo second = keepAndReuse(first);
        Catalog same = load(second);
        assertThat(same).isEqualTo(loadWithoutMemo());
        for (dev.sitegen.model.Connector c : withTables) {
            assertThat(same.findConnector(c.dir()).orElseThrow().changelog().orElseThrow())
                    .isSameAs(c.changelog().orElseThrow());
        }

        dev.sitegen.model.Connector edited = withTables.stream()
                .filter(c -> !c.changelog().orElseThrow().entries().isEmpty()).findFirst().orElseThrow();
        Files.writeString(root.resolve(edited.doc().orElseThrow().file()), "\nAn edit.\n", StandardOpenOption.APPEND);
        LoadMemo third = keepAndReuse(second);
        Catalog again = load(third);
        assertThat(again).isEqualTo(loadWithoutMemo()).isNotEqualTo(same);
        dev.sitegen.model.Changelog parsed = again.findConnector(edited.dir()).orElseThrow().changelog().orElseThrow();
        assertThat(parsed).isNotSameAs(edited.changelog().orElseThrow());
        assertThat(parsed.pos().file()).isEqualTo(edited.doc().orElseThrow().file());
        dev.sitegen.model.Connector other = withTables.stream()
                .filter(c -> !c.doc().orElseThrow().file().equals(edited.doc().orElseThrow().file())).findFirst()
                .orElseThrow();
        assertThat(again.findConnector(other.dir()).orElseThrow().changelog().orElseThrow())
                .isSameAs(other.changelog().orElseThrow());
    }
}
