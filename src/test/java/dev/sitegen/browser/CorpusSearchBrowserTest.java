package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search on the shared corpus (corpus profile) in real Chromium: what one query costs, read from the browser's
 * resource timing (every search data file the results page fetched for it, meta.json included, from a cold
 * cache), stays within 300 KB, and the query finds something. Skipped without the corpus or Chromium.
 */
class CorpusSearchBrowserTest {

    private static final long BUDGET = 300 * 1024;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.buildCorpus("--fail-on", "never");


    @ParameterizedTest(name = "\"{0}\" fetches at most 300 KB of search data")
    @ValueSource(strings = {"replication slot", "rate limit", "oauth refresh tok"})
    void oneQueryFetchesAtMost300KB(String query) throws IOException {
        SITE.driver().cdp("Network.enable", null);
        SITE.driver().cdp("Network.clearBrowserCache", null);
        SITE.driver().navigate(SITE.server().rootUrl() + "search/index.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        SITE.driver().waitFor("document.getElementById('search-results').children.length > 0", WAIT, "results for " + query);
        JsonNode fetched = keys().resourcesNamed("/search/");
        long bytes = 0;
        for (JsonNode r : fetched) {
            assertThat(r.get(1).asLong()).as("%s came from the network, not a cache", r.get(0).asText()).isPositive();
            bytes += Math.max(r.get(1).asLong(), r.get(2).asLong());
        }
        System.out.printf("[CorpusSearchBrowserTest] \"%s\": %d files, %d bytes%n", query, fetched.size(), bytes);
        assertThat(fetched.size()).as("search data files fetched").isGreaterThanOrEqualTo(3);
        assertThat(bytes).as("bytes fetched for \"%s\": %s", query, fetched).isLessThanOrEqualTo(BUDGET);
        keys().assertNoConsoleErrors("corpus search for " + query);
    }

    private static SearchKeys keys() {
        return new SearchKeys(SITE.driver());
    }
}
