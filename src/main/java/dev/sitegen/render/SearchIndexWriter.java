package dev.sitegen.render;

import dev.sitegen.model.SitePaths;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
     * Writes the index of {@code sections}, which are in index order (their position is their id). It runs
     * when the heap holds the most (every page's entries and link records), so each step keeps only its own
     * bytes: the entry files' bytes are gone before the postings are collected, each term's postings text is
     * dropped as it is encoded, and each term shard is written as it is joined.
     */
    static void writeIndex(List<SearchSection> sections, SiteSink sink) {
        int entryShard = writeEntryFiles(sections, sink);
        SortedMap<String, Integer> shardSizes = new TreeMap<>();
        TermShards.placeShards(collectPostings(sections), SHARD_TARGET, MAX_KEY_CHARS, (key, shard) -> {
            sink.writeFile(TERMS + key + ".json", shard);
            shardSizes.put(key, shard.length);
        });
        sink.writeFile(META, writeMeta(sections, entryShard, shardSizes));
    }

    /** {@code meta.json}: the entry count and file size, every term shard's key and size, the filter values. */
    static byte[] writeMeta(List<SearchSection> sections, int entryShard, SortedMap<String, Integer> shardSizes) {
        StringBuilder meta = new StringBuilder("{\"format\":1,\"entries\":").append(sections.size())
                .append(",\"entryShard\":").append(entryShard).append(",\"terms\":{");
        String sep = "";
        for (Map.Entry<String, Integer> shard : shardSizes.entrySet()) {
            meta.append(sep).append(quote(shard.getKey())).append(':').append(shard.getValue());
            sep = ",";
        }
        // hashed, then sorted: a handful of values over every entry (serve writes this on each re-index)
        Set<String> types = new HashSet<>();
        Set<String> supports = new HashSet<>();
        for (SearchSection s : sections) {
            types.add(s.type());
            supports.add(s.support());
        }
        types.remove("");
        supports.remove("");
        meta.append("},\"filters\":{\"type\":").append(quoteAll(new TreeSet<>(types))).append(",\"support\":")
                .append(quoteAll(new TreeSet<>(supports))).append("}}");
        return meta.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the entry files and returns the entries per file. Each entry is encoded twice, once for its size
     * and once for its file, so only one file's entries are held at a time.
     */
    private static int writeEntryFiles(List<SearchSection> sections, SiteSink sink) {
        int[] sizes = new int[sections.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = writeEntry(sections.get(i)).length;
        }
        int entryShard = chooseEntryShard(sizes);
        for (int first = 0; first < sizes.length; first += entryShard) {
            List<byte[]> file = new ArrayList<>();
            for (int i = first; i < Math.min(sizes.length, first + entryShard); i++) {
                file.add(writeEntry(sections.get(i)));
            }
            sink.writeFile(ENTRIES + (first / entryShard) + ".json", joinArray(file));
        }
        return entryShard;
    }

    /**
     * Each term's postings as written in its shard: {@code "term":[id,weight,...]}, ids ascending. Two passes
     * over the weights (half a million term uses on the corpus): the first sizes each term's bytes, the second
     * writes them, so the postings take their written size and no more.
     */
    static SortedMap<String, byte[]> collectPostings(List<SearchSection> sections) {
        Map<String, PostingsText.Posting> postings = new HashMap<>();
        for (int id = 0; id < sections.size(); id++) {
            int entry = id;
            sections.get(id).weights().forEachTerm((term, weight) ->
                    postings.computeIfAbsent(term, PostingsText.Posting::new).count(entry, weight));
        }
        postings.values().forEach(PostingsText.Posting::allocate);
        for (int id = 0; id < sections.size(); id++) {
            int entry = id;
            sections.get(id).weights().forEachTerm((term, weight) -> postings.get(term).append(entry, weight));
        }
        TreeMap<String, byte[]> out = new TreeMap<>();
        postings.forEach((term, p) -> out.put(term, p.finish()));
        return out;
    }

    /** The most entries per file (up to 16) that keeps every entry file within the target. */
    static int chooseEntryShard(int[] sizes) {
        int shard = MAX_ENTRY_SHARD;
        while (shard > 1 && largestFile(sizes, shard) > ENTRY_FILE_TARGET) {
            shard /= 2;
        }
        return shard;
    }

    private static int largestFile(int[] sizes, int shard) {
        int largest = 0;
        for (int first = 0; first < sizes.length; first += shard) {
            int size = 1;
            for (int i = first; i < Math.min(sizes.length, first + shard); i++) {
                size += sizes[i] + 1;
            }
            largest = Math.max(largest, size);
        }
        return largest;
    }

    static byte[] writeEntry(SearchSection s) {
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
        int n = s.length();
        int i = 0;
        while (i < n && !needsEscape(s, i)) {
            i++;
        }
        if (i == n) {
            return "\"" + s + "\"";  // most titles, URLs and texts: no character-by-character copy
        }
        StringBuilder out = new StringBuilder(n + 16).append('"');
        int start = 0;
        for (; i < n; i++) {
            if (needsEscape(s, i)) {
                out.append(s, start, i);
                appendEscape(out, s.charAt(i));
                start = i + 1;
            }
        }
        return out.append(s, start, n).append('"').toString();
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        return c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c) && !isPaired(s, i);
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            default -> out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
    }

    /** A surrogate that is half of a pair; a lone one is escaped, as UTF-8 cannot carry it. */
    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
