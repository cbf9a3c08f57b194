package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A build's search data in a long-lived process: each build after the first is made from the last one's index,
 * and writes exactly the files the writer writes for its sections, whatever changed between them (a page edited
 * with the same sections, a page gaining and losing sections, a page gone, a page back as it was).
 */
class KeptSearchIndexTest {

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private static SortedMap<String, byte[]> build(SortedMap<String, List<SearchSection>> pages) {
        List<SearchSection> all = new ArrayList<>();
        pages.values().forEach(all::addAll);
        all.sort(SearchSection.INDEX_ORDER);
        SortedMap<String, byte[]> out = new TreeMap<>();
        KeptSearchIndex.writeIndex(all, new SiteSink() {
            @Override
            public void writeFile(String path, byte[] content) {
                assertThat(out.put(path, content)).as(path).isNull();
            }

            @Override
            public void copyFile(String path, Path source) {
                throw new UnsupportedOperationException(path);
            }
        });
        return out;
    }

    @Test
    void everyBuildWritesWhatTheWriterWritesForItsSections() {
        MemoryTier.enable();
        SortedMap<String, List<SearchSection>> pages = LiveSearchIndexTest.site(7);
        SortedMap<String, List<SearchSection>> first = new TreeMap<>(pages);
        LiveSearchIndexTest.assertSameFiles(build(pages), LiveSearchIndexTest.written(pages));
        LiveSearchIndexTest.assertSameFiles(build(pages), LiveSearchIndexTest.written(pages));

        Random random = new Random(8);
        List<SearchSection> edited = new ArrayList<>(pages.get("p20/"));
        edited.set(1, LiveSearchIndexTest.section("p20/", "h1", random, 30));
        pages.put("p20/", edited);
        LiveSearchIndexTest.assertSameFiles(build(pages), LiveSearchIndexTest.written(pages));

        List<SearchSection> longer = new ArrayList<>(pages.get("p40/"));
        longer.add(LiveSearchIndexTest.section("p40/", "h9", random, 50));
        pages.put("p40/", longer);
        pages.remove("p10/");
        LiveSearchIndexTest.assertSameFiles(build(pages), LiveSearchIndexTest.written(pages));

        LiveSearchIndexTest.assertSameFiles(build(first), LiveSearchIndexTest.written(first));
        MemoryTier.disable();
        LiveSearchIndexTest.assertSameFiles(build(pages), LiveSearchIndexTest.written(pages));
    }
}
