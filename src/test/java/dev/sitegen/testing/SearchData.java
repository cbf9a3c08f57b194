package dev.sitegen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.render.SearchWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A built site's search data read the way the search format tells search.js to read it: a term's shard is
 * the longest key of {@code meta.json} that prefixes the encoded term; entries are in file {@code id / entryShard}.
 * Counts the bytes a query fetches. For tests only; the script is the real reader.
 */
public final class SearchData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path search;
    private final JsonNode meta;
    private final Map<String, JsonNode> shards = new HashMap<>();

    public SearchData(Path site) throws IOException {
        this.search = site.resolve("search");
        this.meta = JSON.readTree(search.resolve("meta.json").toFile());
    }

    public JsonNode meta() {
        return meta;
    }

    /** Shard key to its size as meta.json records it, in meta.json's order. */
    public Map<String, Long> listShards() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        meta.get("terms").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    /** Encoded as shard keys are: {@code a-z0-9} kept, any other code point {@code _} and hex. */
    public static String encode(String term) {
        StringBuilder key = new StringBuilder();
        term.codePoints().forEach(cp -> {
            if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                key.appendCodePoint(cp);
            } else {
                key.append('_').append(Integer.toHexString(cp));
            }
        });
        return key.toString();
    }

    /** The shard key search.js would fetch for {@code term}. */
    public Optional<String> findShardKey(String term) {
        String encoded = encode(term);
        return listShards().keySet().stream().filter(encoded::startsWith).max(Comparator.comparingInt(String::length));
    }

    public JsonNode readShard(String key) {
        return shards.computeIfAbsent(key, k -> {
            try {
                return JSON.readTree(search.resolve("t/" + k + ".json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Entry id to weight for {@code term} (already normalized). */
    public Map<Integer, Integer> findPostings(String term) {
        Map<Integer, Integer> out = new TreeMap<>();
        findShardKey(term).map(this::readShard).map(s -> s.get(term)).ifPresent(list -> {
            for (int i = 0; i < list.size(); i += 2) {
                out.put(list.get(i).asInt(), list.get(i + 1).asInt());
            }
        });
        return out;
    }

    /** The best weight per entry of every term starting with {@code prefix}, from the shards it may be in. */
    public Map<Integer, Integer> findPrefixPostings(String prefix) {
        String encoded = encode(prefix);
        Map<String, Long> sizes = listShards();
        List<String> keys = sizes.keySet().stream().filter(k -> k.startsWith(encoded) || encoded.startsWith(k)).toList();
        if (keys.stream().mapToLong(sizes::get).sum() > 200 * 1024) {
            return findPostings(prefix);
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (String key : keys) {
            readShard(key).fields().forEachRemaining(e -> {
                if (e.getKey().startsWith(prefix)) {
                    JsonNode list = e.getValue();
                    for (int i = 0; i < list.size(); i += 2) {
                        out.merge(list.get(i).asInt(), list.get(i + 1).asInt(), Math::max);
                    }
                }
            });
        }
        return out;
    }

    public JsonNode readEntry(int id) throws IOException {
        int per = meta.get("entryShard").asInt();
        return JSON.readTree(search.resolve("e/" + (id / per) + ".json").toFile()).get(id % per);
    }

    /**
     * Entry ids matching every term of {@code query}, best score first (ties by id); the last term matches as a
     * prefix too, as typed (no trailing space, 2 characters or more); no phrase step.
     */
    public List<Integer> searchIds(String query) {
        Map<Integer, Integer> scores = null;
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(SearchWords.normalize(query)));
        for (int i = 0; i < terms.size(); i++) {
            boolean prefix = i == terms.size() - 1 && !query.endsWith(" ") && terms.get(i).length() >= 2;
            Map<Integer, Integer> postings = prefix ? findPrefixPostings(terms.get(i)) : findPostings(terms.get(i));
            if (scores == null) {
                scores = new HashMap<>(postings);
            } else {
                scores.keySet().retainAll(postings.keySet());
                Map<Integer, Integer> s = scores;
                s.replaceAll((id, w) -> w + postings.get(id));
            }
        }
        if (scores == null) {
            return List.of();
        }
        Map<Integer, Integer> s = scores;
        List<Integer> ids = new ArrayList<>(s.keySet());
        ids.sort(Comparator.comparing((Integer id) -> -s.get(id)).thenComparing(id -> id));
        return ids;
    }

    /**
     * The bytes a query as typed fetches, by the format's rules: meta.json, each term's shard, for the last term
     * (2 characters or more) every shard its prefix may be in unless they total over 200 KB, and two entry files
     * (of the best 20 results, the largest two).
     */
    public long measureQueryBytes(String query) {
        List<String> terms = SearchWords.normalize(query);
        Map<String, Long> sizes = listShards();
        Set<String> keys = new LinkedHashSet<>();
        terms.forEach(t -> findShardKey(t).ifPresent(keys::add));
        if (!terms.isEmpty() && terms.get(terms.size() - 1).codePointCount(0, terms.get(terms.size() - 1).length()) >= 2) {
            String encoded = encode(terms.get(terms.size() - 1));
            List<String> prefixed = sizes.keySet().stream()
                    .filter(k -> k.startsWith(encoded) || encoded.startsWith(k)).toList();
            if (prefixed.stream().mapToLong(sizes::get).sum() <= 200 * 1024) {
                keys.addAll(prefixed);
            }
        }
        long bytes = sizeOf("meta.json") + keys.stream().mapToLong(sizes::get).sum();
        int per = meta.get("entryShard").asInt();
        Set<Integer> files = new LinkedHashSet<>();
        searchIds(query).stream().limit(20).forEach(id -> files.add(id / per));
        return bytes + files.stream().map(f -> sizeOf("e/" + f + ".json")).sorted(Comparator.reverseOrder()).limit(2)
                .mapToLong(Long::longValue).sum();
    }

    public long sizeOf(String file) {
        try {
            return Files.size(search.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
