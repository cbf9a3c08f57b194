package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The normalizer against every line of the vectors search.js is held to as well. */
class SearchWordsTest {

    @TestFactory
    List<DynamicTest> normalizesEveryVectorAsTheReferenceDoes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : readVectors()) {
            int tab = line.indexOf('\t');
            String input = line.substring(0, tab).replace("\\t", "\t");
            String expected = line.substring(tab + 1);
            List<String> terms = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
            tests.add(DynamicTest.dynamicTest(input, () -> assertThat(SearchWords.normalize(input)).isEqualTo(terms)));
        }
        return tests;
    }

    @Test
    void readsEveryVectorLine() throws IOException {
        // the file has 74 vectors; a reader that silently skipped lines would pass vacuously
        assertThat(readVectors()).hasSize(74);
    }

    @Test
    void keepsRepeatsInOrder() {
        assertThat(SearchWords.normalize("Sync the streams, then sync again")).containsExactly("sync", "stream", "sync", "again");
    }

    private static List<String> readVectors() throws IOException {
        try (InputStream in = SearchWordsTest.class.getResourceAsStream("/search/normalize-vectors.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isEmpty()).toList();
        }
    }
}
