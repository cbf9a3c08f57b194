package dev.sitegen.render;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one build rendered, unit by unit, so the next build of the same output can re-use what did not
 * change: for each render unit (a connector page with its icon, API document and contribute page; a
 * doc page; the catalog's site-wide pages) the digest of exactly the inputs it was rendered from, the
 * files it wrote with their SHA-256 (empty until the output's manifest knows it), and where each of its
 * pages' links came from (so link findings on a re-used page still point at a markdown line).
 */
public record RenderMemo(SortedMap<String, Unit> units) {

    public RenderMemo {
        // immutable: a long-lived process keeps the memo between commands (publish/RenderCacheFile)
        units = Collections.unmodifiableSortedMap(new TreeMap<>(units));
    }

    public static RenderMemo empty() {
        return new RenderMemo(new TreeMap<>());
    }

    /**
     * One render unit: {@code key} digests its inputs, {@code files} maps each written site path to its
     * SHA-256, {@code pages} are its pages' link sources, {@code search} its pages' search entries (by page
     * file, then in page order), which the search index is written from whether the unit was rendered or re-used.
     */
    public record Unit(String key, SortedMap<String, String> files, List<PageLinks> pages, List<SearchSection> search) {

        public Unit {
            files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
            pages = List.copyOf(pages);
            // a cache file without the field describes a unit without entries
            search = search == null ? List.of() : List.copyOf(search);
        }
    }

    /** A page's link sources: its template ({@code ""} when known by path) and the docs rendered into it. */
    public record PageLinks(String page, String template, List<DocLinks> docs) {

        public PageLinks {
            docs = List.copyOf(docs);
        }
    }

    /** This memo with every file's hash taken from {@code hashOf} (the output's manifest). */
    public RenderMemo withHashes(Function<String, String> hashOf) {
        TreeMap<String, Unit> hashed = new TreeMap<>();
        for (Map.Entry<String, Unit> e : units.entrySet()) {
            TreeMap<String, String> files = new TreeMap<>();
            e.getValue().files().keySet().forEach(path -> files.put(path, hashOf.apply(path)));
            hashed.put(e.getKey(), new Unit(e.getValue().key(), files, e.getValue().pages(), e.getValue().search()));
        }
        return new RenderMemo(hashed);
    }
}
