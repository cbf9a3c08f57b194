package dev.sitegen.render;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Groups term postings into shards keyed by a prefix of the terms (the search format's adaptive split): a
 * prefix's shard is split into one per next character while it would exceed the target and is shorter than
 * the longest key; terms no longer than the prefix stay in the prefix's own shard. A key is the prefix
 * encoded so it is a safe file name: {@code a-z} and {@code 0-9} as they are, any other character as
 * {@code _} and its code point in hex. search.js finds a term's shard as the longest key prefixing the
 * encoded term.
 */
final class TermShards {

    private TermShards() {
    }

    /** Shard key to shard bytes, from each term's written postings ({@code "term":[...]}), sorted by term. */
    static SortedMap<String, byte[]> splitShards(SortedMap<String, byte[]> postings, int target, int maxKeyChars) {
        SortedMap<String, byte[]> shards = new TreeMap<>();
        placeShards(postings, target, maxKeyChars, shards::put);
        return shards;
    }

    /**
     * As {@link #splitShards}, handing each shard to {@code shards} as soon as it is joined (keys not in
     * order), so no more than one shard's bytes are held beside the postings.
     */
    static void placeShards(SortedMap<String, byte[]> postings, int target, int maxKeyChars,
                            BiConsumer<String, byte[]> shards) {
        for (List<Map.Entry<String, byte[]>> group : groupByCodePoint(new ArrayList<>(postings.entrySet()), 0)) {
            placeGroup(group, 1, target, maxKeyChars, shards);
        }
    }

    /** {@code group}'s terms share their first {@code chars} code points. */
    private static void placeGroup(List<Map.Entry<String, byte[]>> group, int chars, int target, int maxKeyChars,
                                   BiConsumer<String, byte[]> shards) {
        String key = encodeKey(group.get(0).getKey(), chars);
        if (chars >= maxKeyChars || shardSize(group) <= target) {
            shards.accept(key, joinObject(group));
            return;
        }
        List<Map.Entry<String, byte[]>> stay = new ArrayList<>();
        List<Map.Entry<String, byte[]>> longer = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : group) {
            (codePoints(e.getKey()) <= chars ? stay : longer).add(e);
        }
        if (!stay.isEmpty()) {
            shards.accept(key, joinObject(stay));
        }
        for (List<Map.Entry<String, byte[]>> sub : groupByCodePoint(longer, chars)) {
            placeGroup(sub, chars + 1, target, maxKeyChars, shards);
        }
    }

    /** Consecutive runs of (sorted) terms with the same code point at code point index {@code at}. */
    private static List<List<Map.Entry<String, byte[]>>> groupByCodePoint(List<Map.Entry<String, byte[]>> terms, int at) {
        List<List<Map.Entry<String, byte[]>>> groups = new ArrayList<>();
        int previous = -1;
        for (Map.Entry<String, byte[]> e : terms) {
            String t = e.getKey();
            int cp = t.codePointAt(t.offsetByCodePoints(0, at));
            if (groups.isEmpty() || cp != previous) {
                groups.add(new ArrayList<>());
                previous = cp;
            }
            groups.get(groups.size() - 1).add(e);
        }
        return groups;
    }

    /** The first {@code chars} code points of {@code term}, encoded. */
    static String encodeKey(String term, int chars) {
        StringBuilder key = new StringBuilder();
        term.codePoints().limit(chars).forEach(cp -> {
            if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                key.appendCodePoint(cp);
            } else {
                key.append('_').append(Integer.toHexString(cp));
            }
        });
        return key.toString();
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static long shardSize(List<Map.Entry<String, byte[]>> terms) {
        long size = 1 + terms.size();
        for (Map.Entry<String, byte[]> e : terms) {
            size += e.getValue().length;
        }
        return size;
    }

    private static byte[] joinObject(List<Map.Entry<String, byte[]>> terms) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(terms.get(i).getValue());
        }
        out.write('}');
        return out.toByteArray();
    }
}
