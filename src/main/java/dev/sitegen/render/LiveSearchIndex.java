package dev.sitegen.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search data of a preview, kept between its part rebuilds so a rebuild that re-indexes a page encodes only
 * what changed: the entries of the sections that differ, the postings of the terms those sections use (or used),
 * the entry files holding them. Everything else is the previous index's bytes. The files are exactly those
 * {@link SearchIndexWriter#writeIndex} writes for the same sections (ids are positions in index order, so when a
 * page's section count changes every later id moves, and the postings are collected again; entries are still
 * re-used). Immutable: an update returns a new index, so a failed rebuild keeps the last good one.
 */
public final class LiveSearchIndex {

    /** Sections in index order; a section's position is its id. */
    private final List<SearchSection> sections;
    /** Each section's entry as its entry file holds it. */
    private final byte[][] entries;
    private final int entryShard;
    /** Each term's postings as its shard holds them ({@code "term":[id,weight,...]}). */
    private final SortedMap<String, byte[]> postings;
    /** Each term shard by key, with the first code point of its terms (shards are placed per code point). */
    private final SortedMap<String, Shard> shards;
    /** Every search file by site path: {@code meta.json}, term shards, entry files. */
    private final SortedMap<String, byte[]> files;

    private record Shard(int codePoint, byte[] bytes) {
    }

    /** The index after an update, the files whose bytes changed or appeared, and the files it no longer has. */
    public record Update(LiveSearchIndex index, SortedMap<String, byte[]> changedFiles, SortedSet<String> removedFiles) {
    }

    private LiveSearchIndex(List<SearchSection> sections, byte[][] entries, int entryShard,
                            SortedMap<String, byte[]> postings, SortedMap<String, Shard> shards,
                            SortedMap<String, byte[]> entryFiles) {
        this.sections = sections;
        this.entries = entries;
        this.entryShard = entryShard;
        this.postings = postings;
        this.shards = shards;
        SortedMap<String, byte[]> all = new TreeMap<>(entryFiles);
        SortedMap<String, Integer> shardSizes = new TreeMap<>();
        shards.forEach((key, shard) -> {
            all.put(SearchIndexWriter.TERMS + key + ".json", shard.bytes());
            shardSizes.put(key, shard.bytes().length);
        });
        all.put(SearchIndexWriter.META, SearchIndexWriter.writeMeta(sections, entryShard, shardSizes));
        this.files = all;
    }

    /**
     * Places the terms of {@code postings} starting with each of {@code codePoints} into {@code shards}, replacing
     * the shards those code points had. The split of one first code point's terms never depends on the others'
     * ({@link TermShards#placeShards} groups by it first), so placing one group places it as a whole build does.
     */
    private static void placeShards(SortedMap<String, byte[]> postings, Set<Integer> codePoints,
                                    SortedMap<String, Shard> shards) {
        shards.values().removeIf(s -> codePoints.contains(s.codePoint()));
        for (int cp : codePoints) {
            String from = new String(Character.toChars(cp));
            String to = cp == Character.MAX_CODE_POINT ? "" : new String(Character.toChars(cp + 1));
            // in UTF-16 order, after U+FFFF come the pairs (and a lone surrogate's range holds pairs): filtered
            SortedMap<String, byte[]> group = to.compareTo(from) > 0 ? postings.subMap(from, to) : postings.tailMap(from);
            if (!group.keySet().stream().allMatch(t -> t.codePointAt(0) == cp)) {
                SortedMap<String, byte[]> exact = new TreeMap<>();
                group.forEach((term, bytes) -> {
                    if (term.codePointAt(0) == cp) {
                        exact.put(term, bytes);
                    }
                });
                group = exact;
            }
            TermShards.placeShards(group, SearchIndexWriter.SHARD_TARGET, SearchIndexWriter.MAX_KEY_CHARS,
                    (key, shard) -> shards.put(key, new Shard(cp, shard)));
        }
    }

    private static Set<Integer> listFirstCodePoints(Collection<String> terms) {
        Set<Integer> out = new TreeSet<>();
        terms.forEach(t -> out.add(t.codePointAt(0)));
        return out;
    }

    /** The index of every page's {@code sections} (pages in any order, each page's in its order). */
    public static LiveSearchIndex indexAll(Collection<SearchSection> sections) {
        List<SearchSection> ordered = sortSections(sections);
        return assemble(ordered, encodeEntries(ordered, new IdentityHashMap<>()));
    }

    /** Every search file by site path, as a build of the same sections writes them. */
    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * The index with the sections of the pages in {@code pages} (page URL to its sections, in its order) replacing
     * theirs, and which served files that changes.
     */
    public Update replacePages(Map<String, List<SearchSection>> pages) {
        List<SearchSection> ordered = mergePages(pages);
        LiveSearchIndex next = ordered.size() == sections.size() ? updateInPlace(ordered) : renumber(ordered);
        SortedMap<String, byte[]> changed = new TreeMap<>();
        next.files.forEach((path, bytes) -> {
            byte[] was = files.get(path);
            if (was != bytes && !Arrays.equals(was, bytes)) {
                changed.put(path, bytes);
            }
        });
        SortedSet<String> removed = new TreeSet<>(files.keySet());
        removed.removeAll(next.files.keySet());
        return new Update(next, changed, removed);
    }

    /**
     * The index of {@code ordered} (every section, in index order), from this one's: a build in a long-lived process
     * ({@link KeptSearchIndex}) hands it every page's sections, most of them the very ones it had.
     */
    LiveSearchIndex reindex(List<SearchSection> ordered) {
        List<SearchSection> copy = List.copyOf(ordered);
        return copy.size() == sections.size() ? updateInPlace(copy) : renumber(copy);
    }

    /** Ids moved: every posting is collected again; entries of sections seen before are re-used. */
    private LiveSearchIndex renumber(List<SearchSection> ordered) {
        Map<SearchSection, byte[]> known = new IdentityHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            known.put(sections.get(i), entries[i]);
        }
        return assemble(ordered, encodeEntries(ordered, known));
    }

    private static LiveSearchIndex assemble(List<SearchSection> ordered, byte[][] entries) {
        int shard = chooseShard(entries);
        SortedMap<String, byte[]> postings = SearchIndexWriter.collectPostings(ordered);
        SortedMap<String, Shard> shards = new TreeMap<>();
        placeShards(postings, listFirstCodePoints(postings.keySet()), shards);
        return new LiveSearchIndex(ordered, entries, shard, postings, shards,
                joinEntryFiles(entries, shard, new BitSet(), Map.of()));
    }

    /** Same ids: only the sections that differ are encoded, and only the terms they use are re-posted. */
    private LiveSearchIndex updateInPlace(List<SearchSection> ordered) {
        BitSet dirty = new BitSet();
        byte[][] nextEntries = entries.clone();
        for (int i = 0; i < ordered.size(); i++) {
            SearchSection now = ordered.get(i);
            SearchSection was = sections.get(i);
            if (now != was && !now.equals(was)) {
                dirty.set(i);
                nextEntries[i] = SearchIndexWriter.writeEntry(now);
            }
        }
        if (dirty.isEmpty()) {
            return this;
        }
        SortedMap<String, byte[]> nextPostings = new TreeMap<>(postings);
        Map<String, List<int[]>> added = new HashMap<>();
        Set<String> terms = new TreeSet<>();
        dirty.stream().forEach(id -> {
            sections.get(id).weights().forEachTerm((term, weight) -> terms.add(term));
            ordered.get(id).weights().forEachTerm((term, weight) -> {
                terms.add(term);
                added.computeIfAbsent(term, t -> new ArrayList<>()).add(new int[] {id, weight});
            });
        });
        for (String term : terms) {
            List<int[]> uses = new ArrayList<>();
            byte[] old = postings.get(term);
            if (old != null) {
                PostingsText.readPostings(term, old).stream().filter(u -> !dirty.get(u[0])).forEach(uses::add);
            }
            uses.addAll(added.getOrDefault(term, List.of()));
            if (uses.isEmpty()) {
                nextPostings.remove(term);
            } else {
                uses.sort((a, b) -> Integer.compare(a[0], b[0]));
                nextPostings.put(term, PostingsText.writePostings(term, uses));
            }
        }
        int shard = chooseShard(nextEntries);
        // with the same entries per file, a file holding no changed entry is the same bytes
        SortedMap<String, byte[]> entryFiles = joinEntryFiles(nextEntries, shard, dirty,
                shard == entryShard ? files : Map.of());
        SortedMap<String, Shard> nextShards = new TreeMap<>(shards);
        placeShards(nextPostings, listFirstCodePoints(terms), nextShards);
        return new LiveSearchIndex(ordered, nextEntries, shard, nextPostings, nextShards, entryFiles);
    }

    private static int chooseShard(byte[][] entries) {
        int[] sizes = new int[entries.length];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = entries[i].length;
        }
        return SearchIndexWriter.chooseEntryShard(sizes);
    }

    /**
     * The entry files of {@code entries}, {@code shard} per file; a file holding none of the {@code changed} entries
     * is its bytes in {@code previous} when it has it (the files of an index with the same entries per file).
     */
    private static SortedMap<String, byte[]> joinEntryFiles(byte[][] entries, int shard, BitSet changed,
                                                            Map<String, byte[]> previous) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        for (int first = 0; first < entries.length; first += shard) {
            int end = Math.min(entries.length, first + shard);
            String path = SearchIndexWriter.ENTRIES + (first / shard) + ".json";
            int next = changed.nextSetBit(first);
            if (previous.containsKey(path) && (next < 0 || next >= end)) {
                out.put(path, previous.get(path));
            } else {
                out.put(path, SearchIndexWriter.joinArray(Arrays.asList(entries).subList(first, end)));
            }
        }
        return out;
    }

    private static byte[][] encodeEntries(List<SearchSection> ordered, Map<SearchSection, byte[]> known) {
        byte[][] out = new byte[ordered.size()][];
        for (int i = 0; i < out.length; i++) {
            byte[] was = known.get(ordered.get(i));
            out[i] = was != null ? was : SearchIndexWriter.writeEntry(ordered.get(i));
        }
        return out;
    }

    /**
     * This index's sections with those of {@code pages} in place of theirs, in index order: the pages' sections are
     * placed by binary search (the rest are in order already; a sort of every section cost more than the rest of
     * an update).
     */
    private List<SearchSection> mergePages(Map<String, List<SearchSection>> pages) {
        Set<String> replaced = new HashSet<>(pages.keySet());
        List<SearchSection> kept = new ArrayList<>(sections.size() + 16);
        for (SearchSection s : sections) {
            if (!replaced.contains(s.page())) {
                kept.add(s);
            }
        }
        for (List<SearchSection> page : pages.values()) {
            if (page.isEmpty()) {
                continue;
            }
            int low = 0;
            int high = kept.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (SearchSection.INDEX_ORDER.compare(kept.get(mid), page.get(0)) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            kept.addAll(low, page);
        }
        return List.copyOf(kept);
    }

    private static List<SearchSection> sortSections(Collection<SearchSection> sections) {
        List<SearchSection> ordered = new ArrayList<>(sections);
        // stable: a page's entries keep their order
        ordered.sort(SearchSection.INDEX_ORDER);
        return List.copyOf(ordered);
    }
}
