package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.SearchData;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search data of the shared corpus (skipped without it) within the budget: at most 10 MB in all,
 * and a query, as search.js fetches it by the search format's rules (meta.json, its terms' shards, the
 * prefix's shards as typed, two entry files), at most 300 KB; typical queries find the section expected.
 */
class CorpusSearchTest {

    private static final long TOTAL_BUDGET = 10L * 1024 * 1024;
    private static final long QUERY_BUDGET = 300L * 1024;

    @TempDir
    static Path tmp;
    static Path out;
    static SearchData data;

    @BeforeAll
    static void buildCorpus() throws IOException {
        out = tmp.resolve("site");
        CliRun build = TestPaths.buildCorpus(out);
        assertThat(build.exitCode()).as(build.err()).isZero();
        data = new SearchData(out);
    }

    @Test
    void theWholeSearchDataStaysWithinTenMegabytes() throws IOException {
        long total;
        try (Stream<Path> files = Files.walk(out.resolve("search"))) {
            total = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.println("search data: " + total + " bytes, " + data.meta().get("entries").asInt() + " entries, "
                + data.listShards().size() + " term shards");
        assertThat(total).isLessThanOrEqualTo(TOTAL_BUDGET);
        assertThat(data.meta().get("entries").asInt()).isGreaterThan(3000);
        long largest = data.listShards().values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(largest).isLessThanOrEqualTo(QUERY_BUDGET);
    }

    @Test
    void typicalQueriesFetchAtMostThreeHundredKilobytes() {
        for (String query : List.of("replication slot", "rate limit", "OAuth refresh token", "incremental sync",
                "primary key", "api key", "postg", "source connector", "cursor field", "schema change")) {
            long bytes = data.measureQueryBytes(query);
            System.out.println("query '" + query + "': " + bytes + " bytes, " + data.searchIds(query).size() + " results");
            assertThat(bytes).as(query).isLessThanOrEqualTo(QUERY_BUDGET);
            assertThat(data.searchIds(query)).as(query).isNotEmpty();
        }
    }

    @Test
    void queriesFindTheSectionsTheyName() throws IOException {
        for (Map.Entry<String, String> q : Map.of(
                "postgres replication slot", "integrations/sources/postgres",
                "mysql binlog", "integrations/sources/mysql").entrySet()) {
            List<Integer> ids = data.searchIds(q.getKey());
            assertThat(ids).as(q.getKey()).isNotEmpty();
            String url = data.readEntry(ids.get(0)).get("u").asText();
            System.out.println(q.getKey() + " -> " + url);
            assertThat(url).as(q.getKey()).startsWith(q.getValue());
        }
        // a spec field name, as written, finds the connector's Reference
        int reference = -1;
        for (int id = 0; id < data.meta().get("entries").asInt() && reference < 0; id++) {
            if (data.readEntry(id).get("u").asText().equals("integrations/sources/postgres/#reference")) {
                reference = id;
            }
        }
        assertThat(reference).isNotNegative();
        assertThat(data.searchIds("replication_slot ")).contains(reference);
        assertThat(data.searchIds("jdbc_url_params ")).contains(reference);
    }
}
