package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search writer's JSON strings: text without escapes is copied whole, every escape as JSON spells it. */
class SearchQuoteTest {

    @Test
    void plainTextIsQuotedAsItIs() {
        assertThat(SearchIndexWriter.quote("")).isEqualTo("\"\"");
        assertThat(SearchIndexWriter.quote("Replication slot caf\u00e9 \ud83d\ude00")).isEqualTo("\"Replication slot caf\u00e9 \ud83d\ude00\"");
    }

    @Test
    void everyCharacterJsonForbidsIsEscapedWhereverItStands() {
        assertThat(SearchIndexWriter.quote("\"a\\b\"")).isEqualTo("\"\\\"a\\\\b\\\"\"");
        assertThat(SearchIndexWriter.quote("x\ny\tz\r")).isEqualTo("\"x\\ny\\tz\\r\"");
        assertThat(SearchIndexWriter.quote("\u0001bell\u001f")).isEqualTo("\"\\u0001bell\\u001f\"");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(SearchIndexWriter.quote("a\ud83db")).isEqualTo("\"a\\ud83db\"");
        assertThat(SearchIndexWriter.quote("\ude00\ud83d\ude00\ud83d")).isEqualTo("\"\\ude00\ud83d\ude00\\ud83d\"");
    }
}
