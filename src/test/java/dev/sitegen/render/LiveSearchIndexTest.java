package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Serve's kept search data: after any change of pages, its files are exactly those the writer writes for the same
 * entries, and its update names exactly the files whose bytes changed and those that are gone.
 */
class LiveSearchIndexTest {

    private static final int PAGES = 60;

    /** Pages p00/ .. p59/, four sections each, terms from a vocabulary large enough to split the a- shard. */
    static SortedMap<String, List<SearchSection>> site(long seed) {
        Random random = new Random(seed);
        SortedMap<String, List<SearchSection>> pages = new TreeMap<>();
        for (int p = 0; p < PAGES; p++) {
            String page = String.format("p%02d/", p);
            List<SearchSection> sections = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sections.add(section(page, "h" + s, random, 40));
            }
            // terms of pages no test edits: their shards stay as placed
            Map<String, Integer> unedited = new TreeMap<>(Map.of("d" + p, 2, "\u65e5" + p, 1,
                    "\ud83d\ude00" + p, 1, "\ud800" + p, 1));
            sections.add(new SearchSection(page, "h3", "Page " + page, "", "", "", "", SearchWeights.of(
                    p < 5 || p > 55 ? unedited : Map.of("b0", 1))));
            pages.put(page, sections);
        }
        return pages;
    }

    static SearchSection section(String page, String anchor, Random random, int terms) {
        Map<String, Integer> weights = new TreeMap<>();
        for (int t = 0; t < terms; t++) {
            weights.put("a" + random.nextInt(3000), 1 + random.nextInt(20));
        }
        weights.put("b" + random.nextInt(50), 8);
        String text = "text \"" + random.nextInt(1000) + "\" of " + page + anchor;
        return new SearchSection(page, anchor, "Page " + page, "Heading " + anchor, text,
                random.nextBoolean() ? "source" : "", random.nextBoolean() ? "certified" : "",
                SearchWeights.of(weights));
    }

    static SortedMap<String, byte[]> written(SortedMap<String, List<SearchSection>> pages) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        List<SearchSection> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        all.sort(SearchSection.INDEX_ORDER);
        SearchIndexWriter.writeIndex(all, new SiteSink() {
            @Override
            public void writeFile(String path, byte[] content) {
                out.put(path, content);
            }

            @Override
            public void copyFile(String path, Path source) {
                throw new UnsupportedOperationException(path);
            }
        });
        return out;
    }

    private static LiveSearchIndex index(SortedMap<String, List<SearchSection>> pages) {
        List<SearchSection> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        return LiveSearchIndex.indexAll(all);
    }

    /** Applies an update to the files it was made from, as the served folder does. */
    private static SortedMap<String, byte[]> apply(SortedMap<String, byte[]> served, LiveSearchIndex.Update update) {
        SortedMap<String, byte[]> out = new TreeMap<>(served);
        out.putAll(update.changedFiles());
        update.removedFiles().forEach(out::remove);
        return out;
    }

    static void assertSameFiles(SortedMap<String, byte[]> actual, SortedMap<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void theFirstIndexIsTheWritersAndSplitsShards() {
        SortedMap<String, List<SearchSection>> pages = site(1);
        SortedMap<String, byte[]> files = index(pages).files();
        assertSameFiles(files, written(pages));
        assertThat(files.keySet()).anyMatch(f -> f.startsWith(SearchIndexWriter.TERMS + "a1"));
    }

    @Test
    void aPageEditWithTheSameSectionsRewritesOnlyItsEntryFileAndTheShardsOfItsTerms() {
        SortedMap<String, List<SearchSection>> pages = site(2);
        LiveSearchIndex before = index(pages);
        Random random = new Random(3);
        // terms past U+FFFF in UTF-16 order, and a lone surrogate, are placed by their first code point too
        SearchSection odd = new SearchSection("p30/", "h3", "Page p30/", "", "", "", "", SearchWeights.of(Map.of(
                "\ud83d\ude01", 3, "\uffffz", 1, "\ud800x", 2, "b0", 1)));
        List<SearchSection> edited = List.of(section("p30/", "h0", random, 40), pages.get("p30/").get(1),
                section("p30/", "h2", random, 5), odd);
        pages.put("p30/", edited);

        LiveSearchIndex.Update update = before.replacePages(Map.of("p30/", edited));

        SortedMap<String, byte[]> expected = written(pages);
        assertSameFiles(update.index().files(), expected);
        assertSameFiles(apply(before.files(), update), expected);
        // ids 120-123, 16 entries per file: the eighth entry file only
        assertThat(update.changedFiles().keySet()).filteredOn(f -> f.startsWith(SearchIndexWriter.ENTRIES))
                .containsExactly(SearchIndexWriter.ENTRIES + "7.json");
        assertThat(before.files()).containsKeys(SearchIndexWriter.TERMS + "d.json", SearchIndexWriter.TERMS + "_65e5.json");
        assertThat(update.changedFiles()).doesNotContainKeys(SearchIndexWriter.TERMS + "d.json",
                SearchIndexWriter.TERMS + "_65e5.json");
        assertThat(update.changedFiles()).containsKey(SearchIndexWriter.META);
        assertThat(update.changedFiles().size()).isLessThan(before.files().size());
    }

    @Test
    void anUnchangedPageRenderedAgainChangesNoFile() {
        SortedMap<String, List<SearchSection>> pages = site(4);
        LiveSearchIndex before = index(pages);
        List<SearchSection> again = pages.get("p07/").stream().map(s -> new SearchSection(s.page(), s.anchor(),
                s.title(), s.heading(), s.text(), s.type(), s.support(), SearchWeights.of(s.weights().toMap())))
                .toList();

        LiveSearchIndex.Update update = before.replacePages(Map.of("p07/", again));

        assertThat(update.changedFiles()).isEmpty();
        assertThat(update.removedFiles()).isEmpty();
        assertSameFiles(update.index().files(), written(pages));
    }

    @Test
    void aPageGainingOrLosingSectionsMovesLaterIdsAndStillWritesWhatTheWriterWrites() {
        SortedMap<String, List<SearchSection>> pages = site(5);
        LiveSearchIndex index = index(pages);
        SortedMap<String, byte[]> served = index.files();
        Random random = new Random(6);
        List<List<SearchSection>> edits = List.of(
                List.of(section("p10/", "h0", random, 40)),
                List.of(section("p10/", "h0", random, 3), section("p10/", "h1", random, 3),
                        section("p10/", "h2", random, 3), section("p10/", "h3", random, 60)),
                // new pages: between two, and after the last
                List.of(section("p10a/", "", random, 10), section("p10a/", "h1", random, 10)),
                List.of(section("p99/", "", random, 10)));
        for (List<SearchSection> edit : edits) {
            pages.put(edit.get(0).page(), edit);
            // and the page before it rendered again, unchanged
            Map<String, List<SearchSection>> rendered = new TreeMap<>(Map.of(edit.get(0).page(), edit));
            rendered.put("p09/", pages.get("p09/"));
            LiveSearchIndex.Update update = index.replacePages(rendered);
            index = update.index();
            served = apply(served, update);
            assertSameFiles(index.files(), written(pages));
            assertSameFiles(served, written(pages));
        }
    }

    @Test
    void onePageLosingASectionWhileAnotherGainsOneKeepsTheCountButShiftsTheIdsBetween() {
        SortedMap<String, List<SearchSection>> pages = site(7);
        LiveSearchIndex index = index(pages);
        SortedMap<String, byte[]> served = index.files();
        Random random = new Random(8);
        List<SearchSection> early = new ArrayList<>(pages.get("p05/"));
        List<SearchSection> late = new ArrayList<>(pages.get("p40/"));
        assertThat(early).hasSizeGreaterThan(1);
        early.remove(early.size() - 1);
        late.add(section("p40/", "added", random, 12));
        pages.put("p05/", early);
        pages.put("p40/", late);
        LiveSearchIndex.Update update = index.replacePages(new TreeMap<>(Map.of("p05/", early, "p40/", late)));
        served = apply(served, update);
        assertSameFiles(update.index().files(), written(pages));
        assertSameFiles(served, written(pages));
    }

    @Test
    void longerEntriesThatHalveTheEntriesPerFileRewriteEveryEntryFile() {
        SortedMap<String, List<SearchSection>> pages = site(7);
        LiveSearchIndex before = index(pages);
        // the first 24 entries of 2,000 characters: 16 of them are over the 25 KB target, 8 per file are not
        Map<String, List<SearchSection>> changed = new TreeMap<>();
        for (int p = 0; p < 6; p++) {
            String page = String.format("p%02d/", p);
            List<SearchSection> longer = pages.get(page).stream().map(s -> new SearchSection(s.page(), s.anchor(),
                    s.title(), s.heading(), "x".repeat(2000), s.type(), s.support(), s.weights())).toList();
            pages.put(page, longer);
            changed.put(page, longer);
        }

        LiveSearchIndex.Update update = before.replacePages(changed);

        SortedMap<String, byte[]> expected = written(pages);
        assertSameFiles(update.index().files(), expected);
        assertSameFiles(apply(before.files(), update), expected);
        assertThat(new String(expected.get(SearchIndexWriter.META))).contains("\"entryShard\":8");
        assertThat(update.changedFiles().keySet()).filteredOn(f -> f.startsWith(SearchIndexWriter.ENTRIES))
                .hasSize(240 / 8);
    }

    @Test
    void postingsReadBackAsWritten() {
        byte[] written = PostingsText.writePostings("say \"q\"", List.of(new int[] {3, 12}, new int[] {140, 0}));
        assertThat(new String(written)).isEqualTo("\"say \\\"q\\\"\":[3,12,140,0]");
        assertThat(PostingsText.readPostings("say \"q\"", written)).containsExactly(new int[] {3, 12},
                new int[] {140, 0});
    }
}
