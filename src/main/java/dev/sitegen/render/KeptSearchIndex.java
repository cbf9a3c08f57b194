package dev.sitegen.render;

import dev.sitegen.codec.MemoryTier;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last build's search data in a long-lived process ({@link MemoryTier}): a build after an edit hands the writer
 * every page's sections, all but the edited pages' the very instances the render cache kept, and encoding every
 * entry and collecting every posting again was a tenth of such a build. Kept as serve keeps it
 * ({@link LiveSearchIndex}): the next index is made from this one, encoding only the sections that differ (all
 * postings again when ids moved), and its files are exactly those {@link SearchIndexWriter#writeIndex} writes for
 * the same sections. A value made from immutable sections alone, so it cannot be stale for any site; one is kept
 * (the last build's), and none unless the tier is on.
 */
final class KeptSearchIndex {

    private static final AtomicReference<LiveSearchIndex> LAST = new AtomicReference<>();

    private KeptSearchIndex() {
    }

    /** Writes the index of {@code sections} (in index order) as {@link SearchIndexWriter#writeIndex} does. */
    static void writeIndex(List<SearchSection> sections, SiteSink sink) {
        if (!MemoryTier.isEnabled()) {
            LAST.set(null);
            SearchIndexWriter.writeIndex(sections, sink);
            return;
        }
        LiveSearchIndex last = LAST.getAndSet(null);
        LiveSearchIndex next = last == null ? LiveSearchIndex.indexAll(sections) : last.reindex(sections);
        next.files().forEach(sink::writeFile);
        LAST.set(next);
    }
}
