package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.SitePaths;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the full-text search data under {@code search/} from every page's entries (the contract with
 * search.js is the search format: {@code meta.json}, term shards {@code t/<key>.json} split by term prefix so
 * one query fetches a few small files, entry files {@code e/<n>.json}). Written whole on every build from the
 * entries the render units produced or re-used, so an incremental build writes the same bytes as a cold one.
 */
final class SearchIndexWriter {

    static final String META = SitePaths.SEARCH + "/meta.json";
    static final String TERMS = SitePaths.SEARCH + "/t/";
    static final String ENTRIES = SitePaths.SEARCH + "/e/";
    /** A prefix whose shard would be larger is split by its next character (up to four). */
    static final int SHARD_TARGET = 40 * 1024;
    static final int MAX_KEY_CHARS = 4;
    /** The largest entry file wanted, and the most entries per file. */
    static final int ENTRY_FILE_TARGET = 25 * 1024;
    static final int MAX_ENTRY_SHARD = 16;

    private SearchIndexWriter() {
    }

    /**
     * Writes the index of {@code sections}, which are in index order (their position is their id); the files
     * are handed to {@code sink} on {@code workers} (hashing and writing them is most of the time after the
     * last page, when nothing else runs).
     */
    static void writeIndex(List<SearchSection> sections, SiteSink sink, Workers workers) {
        List<byte[]> entries = sections.stream().map(SearchIndexWriter::writeEntry).toList();
        int entryShard = chooseEntryShard(entries);
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (int first = 0; first < entries.size(); first += entryShard) {
            files.add(Map.entry(ENTRIES + (first / entryShard) + ".json",
                    joinArray(entries.subList(first, Math.min(entries.size(), first + entryShard)))));
        }
        SortedMap<String, byte[]> shards = TermShards.splitShards(collectPostings(sections), SHARD_TARGET, MAX_KEY_CHARS);
        StringBuilder meta = new StringBuilder("{\"format\":1,\"entries\":").append(entries.size())
                .append(",\"entryShard\":").append(entryShard).append(",\"terms\":{");
        String sep = "";
        for (Map.Entry<String, byte[]> shard : shards.entrySet()) {
            files.add(Map.entry(TERMS + shard.getKey() + ".json", shard.getValue()));
            meta.append(sep).append(quote(shard.getKey())).append(':').append(shard.getValue().length);
            sep = ",";
        }
        workers.mapInOrder(files, f -> {
            sink.writeFile(f.getKey(), f.getValue());
            return f.getKey();
        });
        SortedSet<String> types = new TreeSet<>();
        SortedSet<String> supports = new TreeSet<>();
        for (SearchSection s : sections) {
            if (!s.type().isEmpty()) {
                types.add(s.type());
            }
            if (!s.support().isEmpty()) {
                supports.add(s.support());
            }
        }
        meta.append("},\"filters\":{\"type\":").append(quoteAll(types)).append(",\"support\":")
                .append(quoteAll(supports)).append("}}");
        sink.writeFile(META, meta.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Each term's postings as written in its shard: {@code "term":[id,weight,...]}, ids ascending. */
    static SortedMap<String, byte[]> collectPostings(List<SearchSection> sections) {
        // hashed while filling (half a million term uses on the corpus), sorted once
        Map<String, StringBuilder> postings = new HashMap<>();
        for (int id = 0; id < sections.size(); id++) {
            int entry = id;
            sections.get(id).weights().forEachTerm((term, weight) -> {
                StringBuilder p = postings.computeIfAbsent(term, t -> new StringBuilder(quote(t)).append(":["));
                if (p.charAt(p.length() - 1) != '[') {
                    p.append(',');
                }
                p.append(entry).append(',').append(weight);
            });
        }
        TreeMap<String, byte[]> out = new TreeMap<>();
        postings.forEach((term, p) -> out.put(term, p.append(']').toString().getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    /** The most entries per file (up to 16) that keeps every entry file within the target. */
    private static int chooseEntryShard(List<byte[]> entries) {
        int shard = MAX_ENTRY_SHARD;
        while (shard > 1 && largestFile(entries, shard) > ENTRY_FILE_TARGET) {
            shard /= 2;
        }
        return shard;
    }

    private static int largestFile(List<byte[]> entries, int shard) {
        int largest = 0;
        for (int first = 0; first < entries.size(); first += shard) {
            int size = 1;
            for (int i = first; i < Math.min(entries.size(), first + shard); i++) {
                size += entries.get(i).length + 1;
            }
            largest = Math.max(largest, size);
        }
        return largest;
    }

    private static byte[] writeEntry(SearchSection s) {
        return ("{\"u\":" + quote(s.url()) + ",\"p\":" + quote(s.title()) + ",\"h\":" + quote(s.heading())
                + ",\"t\":" + quote(s.text()) + ",\"k\":" + quote(s.type()) + ",\"s\":" + quote(s.support()) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] joinArray(List<byte[]> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.write(']');
        return out.toByteArray();
    }

    private static String quoteAll(SortedSet<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(quote(v)));
        return "[" + String.join(",", quoted) + "]";
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as is (UTF-8). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !isPaired(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A surrogate that is half of a pair; a lone one is escaped, as UTF-8 cannot carry it. */
    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
