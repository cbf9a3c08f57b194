package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.SearchData;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search data of {@code content/}, built once and read as search.js reads it. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path site;
    static SearchData data;

    @BeforeAll
    static void buildContent() throws IOException {
        site = tmp.resolve("site");
        CliRun run = CliRun.runCli("build", TestPaths.contentDir().toString(), "--out", site.toString(),
                "--as-of", "2026-11-21", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        data = new SearchData(site);
    }

    @Test
    void metaListsEveryShardWithItsSizeAndTheFilters() throws IOException {
        JsonNode meta = data.meta();
        assertThat(meta.get("format").asInt()).isEqualTo(1);
        List<String> keys = new ArrayList<>(data.listShards().keySet());
        assertThat(keys).isSorted().isNotEmpty();
        try (Stream<Path> files = Files.list(site.resolve("search/t"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", ""))).containsExactlyInAnyOrderElementsOf(keys);
        }
        data.listShards().forEach((key, size) -> assertThat(data.sizeOf("t/" + key + ".json")).as(key).isEqualTo(size));
        assertThat(JSON.convertValue(meta.get("filters"), Map.class)).isEqualTo(Map.of(
                "type", List.of("destination", "source"), "support", List.of("Archived", "Certified", "Community")));
        // keys in the format's fixed order
        assertThat(Files.readString(site.resolve("search/meta.json"))).startsWith("{\"format\":1,\"entries\":")
                .contains(",\"entryShard\":16,\"terms\":{\"");
    }

    @Test
    void everyTermIsInTheShardTheScriptLooksIn() {
        int terms = 0;
        for (String key : data.listShards().keySet()) {
            JsonNode shard = data.readShard(key);
            List<String> names = new ArrayList<>();
            shard.fieldNames().forEachRemaining(names::add);
            assertThat(names).as(key).isSorted();
            for (String term : names) {
                assertThat(data.findShardKey(term)).as(term).hasValue(key);
                JsonNode list = shard.get(term);
                int previous = -1;
                for (int i = 0; i < list.size(); i += 2) {
                    assertThat(list.get(i).asInt()).as(term).isGreaterThan(previous);
                    assertThat(list.get(i + 1).asInt()).as(term).isBetween(1, 31);
                    previous = list.get(i).asInt();
                }
                terms++;
            }
        }
        assertThat(terms).isGreaterThan(1000);
    }

    @Test
    void entriesAreSectionsInPageOrderWithTheirConnectorFacts() throws IOException {
        int count = data.meta().get("entries").asInt();
        List<JsonNode> entries = new ArrayList<>();
        for (int id = 0; id < count; id++) {
            entries.add(data.readEntry(id));
        }
        List<String> pages = entries.stream().map(e -> e.get("u").asText().replaceFirst("#.*", "")).toList();
        assertThat(pages).isSorted();
        JsonNode troubleshooting = find(entries, "integrations/sources/harborsql/#troubleshooting");
        assertThat(troubleshooting.get("p").asText()).isEqualTo("HarborSQL");
        assertThat(troubleshooting.get("h").asText()).isEqualTo("Troubleshooting");
        assertThat(troubleshooting.get("k").asText()).isEqualTo("source");
        assertThat(troubleshooting.get("s").asText()).isEqualTo("Certified");
        assertThat(troubleshooting.get("t").asText()).startsWith("The sync fails with slot \"tributary_slot\" does not exist");
        Iterator<String> names = troubleshooting.fieldNames();
        assertThat(names).toIterable().containsExactly("u", "p", "h", "t", "k", "s");
        // the intro has no heading and comes first; every entry's text is bounded
        int intro = pages.indexOf("integrations/sources/harborsql/");
        assertThat(entries.get(intro).get("u").asText()).isEqualTo("integrations/sources/harborsql/");
        assertThat(entries.get(intro).get("h").asText()).isEmpty();
        assertThat(entries).allSatisfy(e -> assertThat(e.get("t").asText().codePointCount(0, e.get("t").asText().length()))
                .isLessThanOrEqualTo(1000));
        // an h3 is its own entry, and its text is not repeated in its h2's
        JsonNode setup = find(entries, "integrations/sources/harborsql/#setup-guide");
        assertThat(setup.get("t").asText()).doesNotContain("CREATE USER");
        // docs that are no connector's page have no facts
        assertThat(find(entries, "integrations/sources/harborsql-migrations/#what-changed").get("k").asText()).isEmpty();
    }

    @Test
    void theReferenceEntryHoldsSpecFieldAndStreamNames() throws IOException {
        int reference = indexOf("integrations/sources/harborsql/#reference");
        JsonNode entry = data.readEntry(reference);
        assertThat(entry.get("h").asText()).isEqualTo("Reference");
        assertThat(entry.get("t").asText()).contains("replication_method", "ssl_mode (SSL mode)");
        // field names split into words; the description words are not the entry's
        assertThat(data.findPostings("replication")).containsKey(reference);
        assertThat(data.searchIds("ssl mode")).contains(reference);
    }

    @Test
    void aConnectorsBreakingChangesAreAnEntryWithTheirMessages() throws IOException {
        JsonNode entry = data.readEntry(indexOf("integrations/sources/ledgerly/#breaking-changes"));
        assertThat(entry.get("h").asText()).isEqualTo("Breaking changes");
        assertThat(entry.get("k").asText()).isEqualTo("source");
        assertThat(entry.get("t").asText()).matches("\\d+\\.\\d+\\.\\d+: .+");
        // after the Reference, as on the page
        assertThat(indexOf("integrations/sources/ledgerly/#breaking-changes"))
                .isGreaterThan(indexOf("integrations/sources/ledgerly/#reference"));
    }

    @Test
    void weightsCountTitleHeadingAndBody() {
        int troubleshooting = indexOf("integrations/sources/harborsql/#troubleshooting");
        // the page title (16), the heading (8)
        assertThat(data.findPostings("harborsql").get(troubleshooting)).isGreaterThanOrEqualTo(16);
        assertThat(data.findPostings("troubleshoot").get(troubleshooting)).isBetween(8, 15);
        assertThat(data.searchIds("harborsql troubleshooting").get(0)).isEqualTo(troubleshooting);
    }

    @Test
    void shardsAndEntryFilesStayWithinTheirTargets() throws IOException {
        for (Map.Entry<String, Long> shard : data.listShards().entrySet()) {
            // a shard over the target holds a prefix that can no longer be split
            if (shard.getValue() > SearchIndexWriter.SHARD_TARGET) {
                assertThat(shard.getKey().length() >= 4 || data.readShard(shard.getKey()).size() == 1).as(shard.getKey()).isTrue();
            }
        }
        try (Stream<Path> files = Files.list(site.resolve("search/e"))) {
            assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).isLessThanOrEqualTo(SearchIndexWriter.ENTRY_FILE_TARGET));
        }
    }

    private static int indexOf(String url) {
        try {
            int count = data.meta().get("entries").asInt();
            for (int id = 0; id < count; id++) {
                if (data.readEntry(id).get("u").asText().equals(url)) {
                    return id;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no entry " + url);
    }

    private static JsonNode find(List<JsonNode> entries, String url) {
        return entries.stream().filter(e -> e.get("u").asText().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + url));
    }
}
