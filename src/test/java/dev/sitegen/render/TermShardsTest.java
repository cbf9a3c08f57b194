package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermShardsTest {

    private static SortedMap<String, byte[]> postings(String... terms) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (String t : terms) {
            out.put(t, ("\"" + t + "\":[0,1]").getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void smallPrefixesStayWhole() {
        SortedMap<String, byte[]> shards = TermShards.splitShards(postings("alpha", "apple", "beta"), 1000, 4);
        assertThat(shards.keySet()).containsExactly("a", "b");
        assertThat(text(shards.get("a"))).isEqualTo("{\"alpha\":[0,1],\"apple\":[0,1]}");
    }

    @Test
    void aLargePrefixSplitsByItsNextCharacterAndKeepsTermsAsShortAsItself() {
        // the three a-terms take 39 bytes with braces and commas, over the target of 30
        SortedMap<String, byte[]> shards = TermShards.splitShards(postings("ab", "abc", "abd", "b"), 30, 4);
        assertThat(shards.keySet()).containsExactly("ab", "abc", "abd", "b");
        assertThat(text(shards.get("ab"))).isEqualTo("{\"ab\":[0,1]}");
    }

    @Test
    void splittingStopsAtTheLongestKey() {
        SortedMap<String, byte[]> shards = TermShards.splitShards(postings("abcde", "abcdf", "abcdg"), 10, 4);
        assertThat(shards.keySet()).containsExactly("abcd");
    }

    @Test
    void keysEncodeCharactersOutsideLettersAndDigitsByCodePoint() {
        assertThat(TermShards.encodeKey("日本語", 2)).isEqualTo("_65e5_672c");
        assertThat(TermShards.encodeKey("straße", 6)).isEqualTo("stra_dfe");
        assertThat(TermShards.encodeKey("v2", 4)).isEqualTo("v2");
        SortedMap<String, byte[]> shards = TermShards.splitShards(postings("日本", "テスト"), 1000, 4);
        assertThat(shards.keySet()).containsExactly("_30c6", "_65e5");
    }
}
