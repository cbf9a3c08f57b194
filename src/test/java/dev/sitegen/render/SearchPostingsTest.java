package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** The postings the search index writer sizes first and writes second: every use, in id order, as the format spells it. */
class SearchPostingsTest {

    private static SearchSection section(Map<String, Integer> weights) {
        return new SearchSection("p/", "", "P", "", "", "", "", SearchWeights.of(weights));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyUseIsListedInIdOrderWithItsWeight() {
        List<SearchSection> sections = new ArrayList<>();
        StringJoiner common = new StringJoiner(",", "\"common\":[", "]");
        for (int id = 0; id < 12; id++) {
            sections.add(section(Map.of("common", id + 5, id % 2 == 0 ? "even" : "odd", 1)));
            common.add(id + "," + (id + 5));
        }
        sections.add(section(Map.of("caf\u00e9", 127, "zero", 0, "say \"q\"", 9)));

        SortedMap<String, byte[]> postings = SearchIndexWriter.collectPostings(sections);

        assertThat(postings.keySet()).containsExactly("caf\u00e9", "common", "even", "odd", "say \"q\"", "zero");
        assertThat(text(postings.get("common"))).isEqualTo(common.toString());
        assertThat(text(postings.get("odd"))).isEqualTo("\"odd\":[1,1,3,1,5,1,7,1,9,1,11,1]");
        // a term is quoted as JSON and written as UTF-8; the array is exactly as long as what it holds
        assertThat(text(postings.get("caf\u00e9"))).isEqualTo("\"caf\u00e9\":[12,127]");
        assertThat(postings.get("caf\u00e9")).hasSize("\"caf\u00e9\":[12,127]".getBytes(StandardCharsets.UTF_8).length);
        assertThat(text(postings.get("say \"q\""))).isEqualTo("\"say \\\"q\\\"\":[12,9]");
        assertThat(text(postings.get("zero"))).isEqualTo("\"zero\":[12,0]");
    }
}
