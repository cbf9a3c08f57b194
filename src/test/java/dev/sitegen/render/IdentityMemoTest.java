package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldRef;
import dev.sitegen.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the render makes of large values, remembered by identity in a long-lived process: never another value's. */
class IdentityMemoTest {

    @AfterEach
    void disable() {
        MemoryTier.disable();
    }

    private static DocPage doc(String text) {
        return new DocPage("docs/a.md", "integrations/a", text);
    }

    @Test
    void offNothingIsKept() {
        int before = IdentityMemo.countKept();
        new ValueDigest().add(doc("some text")).digest();
        assertThat(IdentityMemo.countKept()).isEqualTo(before);
    }

    @Test
    void theSameInstanceIsDigestedOnceAndAsWithoutTheTier() {
        DocPage page = doc("x".repeat(20_000));
        String cold = new ValueDigest().add(List.of(page)).digest();
        MemoryTier.enable();
        String first = new ValueDigest().add(List.of(page)).digest();
        int reused = IdentityMemo.countReused();
        String second = new ValueDigest().add(List.of(page)).digest();
        assertThat(first).isEqualTo(cold).isEqualTo(second);
        assertThat(IdentityMemo.countReused()).isEqualTo(reused + 1);
    }

    @Test
    void anEditedValueIsAnotherInstanceAndDigestedAgain() {
        MemoryTier.enable();
        DocPage page = doc("version 1");
        String before = new ValueDigest().add(page).digest();
        DocPage edited = doc("version 2");
        assertThat(new ValueDigest().add(edited).digest()).isNotEqualTo(before);
        // an equal value of another instance is digested again, to the same digest
        int reused = IdentityMemo.countReused();
        assertThat(new ValueDigest().add(doc("version 1")).digest()).isEqualTo(before);
        assertThat(IdentityMemo.countReused()).isEqualTo(reused);
    }

    @Test
    void digestsWithAndWithoutPositionsAreKeptApart() {
        DocPage here = new DocPage("docs/a.md", "integrations/a", "text",
                List.of(FieldRef.malformed("`x`", SourcePos.at("docs/a.md", 3, 1), "no such field")));
        DocPage moved = new DocPage("docs/a.md", "integrations/a", "text",
                List.of(FieldRef.malformed("`x`", SourcePos.at("docs/a.md", 9, 1), "no such field")));
        MemoryTier.enable();
        String without = ValueDigest.withoutPositions().add(here).digest();
        String with = new ValueDigest().add(here).digest();
        assertThat(new ValueDigest().add(here).digest()).isEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(here).digest()).isEqualTo(without);
        assertThat(new ValueDigest().add(moved).digest()).isNotEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(moved).digest()).isEqualTo(without);
        MemoryTier.disable();
        assertThat(new ValueDigest().add(here).digest()).isEqualTo(with);
        assertThat(ValueDigest.withoutPositions().add(here).digest()).isEqualTo(without);
    }

    /** The search index's files, by path, as written from {@code sections}. */
    private static Map<String, String> writeIndex(List<SearchSection> sections) {
        Map<String, String> files = new TreeMap<>();
        SearchIndexWriter.writeIndex(sections, new SiteSink() {
            @Override
            public void writeFile(String path, byte[] content) {
                files.put(path, new String(content, StandardCharsets.UTF_8));
            }

            @Override
            public void copyFile(String path, Path source) {
                throw new UnsupportedOperationException(path);
            }
        });
        return files;
    }

    private static List<SearchSection> sections(String lastText) {
        List<SearchSection> all = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = i == 39 ? lastText : "section " + i + " " + "words ".repeat(i * 20);
            all.add(new SearchSection("p" + (100 + i) + "/", "", "Page " + i, "", text, "", "",
                    SearchWeights.of(Map.of("section", 1, "words", 2))));
        }
        return all;
    }

    @Test
    void theSearchIndexIsWrittenAsWithoutTheTierWhenSectionsAreReusedOrEdited() {
        List<SearchSection> before = sections("short");
        Map<String, String> cold = writeIndex(before);
        MemoryTier.enable();
        assertThat(writeIndex(before)).isEqualTo(cold);
        int reused = IdentityMemo.countReused();
        assertThat(writeIndex(before)).isEqualTo(cold);
        assertThat(IdentityMemo.countReused() - reused).as("every entry's size").isEqualTo(before.size());
        // an edited page's sections are new values: their sizes are measured again
        List<SearchSection> edited = new ArrayList<>(before.subList(0, 39));
        edited.add(new SearchSection("p139/", "", "Page 39", "", "x".repeat(30_000), "", "",
                SearchWeights.of(Map.of("x", 1))));
        Map<String, String> tiered = writeIndex(edited);
        MemoryTier.disable();
        assertThat(tiered).isEqualTo(writeIndex(edited)).isNotEqualTo(cold);
    }
}
