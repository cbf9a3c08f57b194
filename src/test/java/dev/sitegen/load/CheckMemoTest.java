package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check}'s cache adds to the load memo: docs' changelog tables ({@link ChangelogCodec}) re-used until
 * their doc changes, in every heading form and shared doc of the {@code changelog-eras} fixture; a scoped load and
 * a read in full through the memo equal the same without it; and a memo that keeps what a load did not read
 * ({@link LoadMemo#keepingUnread}) still has the spec a check of another connector read. As in
 * {@code LoadMemoTest}, the copies' files are new, so the memos compare times with a clock a minute ahead.
 */
class CheckMemoTest {

    private static final String KEY = "check test\nroot r";
    private static final LongSupplier LATER = () -> System.currentTimeMillis() * 1_000_000L
            + TimeUnit.MINUTES.toNanos(1);

    @TempDir
    Path tmp;

    private SiteLayout copyFixture(String name) throws Exception {
        Path root = tmp.toRealPath().resolve(name);
        SiteTrees.copyTree(TestPaths.fixtureSite(name), root);
        return SiteLayout.detect(root);
    }

    private static Catalog load(SiteLayout layout, LoadMemo memo) throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSite(layout, SiteConfigFile.readSiteConfig(layout), workers, memo).catalog();
        }
    }

    private static Site loadFor(SiteLayout layout, Set<String> checked, LoadMemo memo) throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readSiteFor(layout, SiteConfigFile.readSiteConfig(layout), workers, checked, memo);
        }
    }

    private static Site readInFull(Site site, Set<String> checked, Set<String> dirs, LoadMemo memo) throws Exception {
        try (Workers workers = new Workers(2)) {
            return SiteReader.readInFull(site, checked, dirs, workers, memo);
        }
    }

    @Test
    void changelogTablesAreReUsedUntilTheirDocChanges() throws Exception {
        SiteLayout layout = copyFixture("changelog-eras");
        Catalog plain = load(layout, LoadMemo.none());
        long docsWithTables = plain.connectors().stream().filter(c -> c.changelog().isPresent())
                .map(c -> c.doc().orElseThrow().file()).distinct().count();
        assertThat(docsWithTables).isGreaterThan(3);
        // a build's memo keeps no changelog tables (their bytes were a tenth of a 10x build's peak memory)
        LoadMemo build = LoadMemo.empty(LATER);
        assertThat(load(layout, build)).isEqualTo(plain);
        assertThat(LoadCacheFormat.decodeTables(build.encode(KEY), KEY).changelogs()).isEmpty();

        LoadMemo first = LoadMemo.empty(LATER).keepingUnread();
        assertThat(load(layout, first)).isEqualTo(plain);
        assertThat(first.reusedChangelogs()).isZero();

        LoadMemo memo = LoadMemo.decode(first.encode(KEY), KEY, LATER).keepingUnread();
        assertThat(load(layout, memo)).isEqualTo(plain);
        assertThat(memo.reusedChangelogs()).isEqualTo(plain.docs().size());

        Path doc = layout.root().resolve(plain.connectors().stream().filter(c -> c.dir().equals("source-pair"))
                .findFirst().orElseThrow().doc().orElseThrow().file());
        FileTime before = Files.getLastModifiedTime(doc);
        Files.writeString(doc, Files.readString(doc).replaceFirst("\\| 1\\.0\\.0 ", "| 1.0.9 "));
        // a same-size edit in the clock tick of the copy keeps every time it has; with the real clock the racy
        // window leaves such a file unfingerprinted (LoadMemoTest), but this memo's clock is a minute ahead
        Files.setLastModifiedTime(doc, FileTime.fromMillis(before.toMillis() + 1_000));
        LoadMemo after = LoadMemo.decode(memo.encode(KEY), KEY, LATER).keepingUnread();
        Catalog edited = load(layout, after);
        assertThat(edited).isEqualTo(load(layout, LoadMemo.none())).isNotEqualTo(plain);
        assertThat(after.reusedChangelogs()).isEqualTo(plain.docs().size() - 1);
    }

    @Test
    void aScopedLoadAndAReadInFullThroughTheMemoEqualThemWithout() throws Exception {
        SiteLayout layout = copyFixture("spec-forms");
        Set<String> checked = Set.of("source-mani");
        Site plain = loadFor(layout, checked, LoadMemo.none());
        Set<String> more = Set.of("source-pyjson");
        Site plainFull = readInFull(plain, checked, more, LoadMemo.none());

        LoadMemo first = LoadMemo.empty(LATER).keepingUnread();
        Site cold = loadFor(layout, checked, first);
        assertThat(cold.catalog()).isEqualTo(plain.catalog());
        assertThat(cold.facts()).isEqualTo(plain.facts());
        assertThat(readInFull(cold, checked, more, first).catalog()).isEqualTo(plainFull.catalog());

        LoadMemo warm = LoadMemo.decode(first.encode(KEY), KEY, LATER).keepingUnread();
        Site again = loadFor(layout, checked, warm);
        assertThat(again.catalog()).isEqualTo(plain.catalog());
        assertThat(again.facts()).isEqualTo(plain.facts());
        assertThat(readInFull(again, checked, more, warm).catalog()).isEqualTo(plainFull.catalog());
        assertThat(warm.reusedSpecs()).isEqualTo(2);
        assertThat(warm.reusedMetadata()).isEqualTo(plain.catalog().connectors().size() + 1);
    }

    @Test
    void aMemoKeepingUnreadEntriesStillHasTheSpecAnEarlierCheckRead() throws Exception {
        SiteLayout layout = copyFixture("spec-forms");
        LoadMemo first = LoadMemo.empty(LATER).keepingUnread();
        loadFor(layout, Set.of("source-mani"), first);
        LoadMemo second = LoadMemo.decode(first.encode(KEY), KEY, LATER).keepingUnread();
        loadFor(layout, Set.of("source-pyjson"), second);
        assertThat(second.reusedSpecs()).isZero();

        LoadMemo third = LoadMemo.decode(second.encode(KEY), KEY, LATER).keepingUnread();
        Site site = loadFor(layout, Set.of("source-mani"), third);
        assertThat(third.reusedSpecs()).isEqualTo(1);
        assertThat(site.catalog()).isEqualTo(loadFor(layout, Set.of("source-mani"), LoadMemo.none()).catalog());

        LoadMemo dropping = LoadMemo.decode(second.encode(KEY), KEY, LATER);
        loadFor(layout, Set.of("source-pyjson"), dropping);
        LoadMemo fourth = LoadMemo.decode(dropping.encode(KEY), KEY, LATER);
        loadFor(layout, Set.of("source-mani"), fourth);
        // a build's memo keeps only what its load read: the check before's spec is gone
        assertThat(fourth.reusedSpecs()).isZero();
        assertThat(Optional.of(third.reusedMetadata())).contains(site.catalog().connectors().size());
    }

    @Test
    void entriesKeptUnreadGoWithTheirConnector() throws Exception {
        SiteLayout layout = copyFixture("spec-forms");
        LoadMemo first = LoadMemo.empty(LATER).keepingUnread();
        loadFor(layout, Set.of("source-mani"), first);
        LoadMemo second = LoadMemo.decode(first.encode(KEY), KEY, LATER).keepingUnread();
        loadFor(layout, Set.of("source-pyjson"), second);
        assertThat(LoadCacheFormat.decodeTables(second.encode(KEY), KEY).specs()).containsKeys("source-mani",
                "source-pyjson");

        try (Stream<Path> gone = Files.walk(layout.root().resolve("connectors/source-mani"))) {
            for (Path p : gone.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        LoadMemo third = LoadMemo.decode(second.encode(KEY), KEY, LATER).keepingUnread();
        loadFor(layout, Set.of("source-pyjson"), third);
        LoadCacheFormat.Tables kept = LoadCacheFormat.decodeTables(third.encode(KEY), KEY);
        // the connector that went is no longer carried from check to check; the one still there is
        assertThat(kept.specs()).containsKey("source-pyjson").doesNotContainKey("source-mani");
        assertThat(kept.metadata()).doesNotContainKey("source-mani");
    }
}
