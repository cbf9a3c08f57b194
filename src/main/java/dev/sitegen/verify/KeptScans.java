package dev.sitegen.verify;

import java.util.Map;
import java.util.Optional;

/**
 * What link verification recorded of each re-used page in one build, kept decoded by a long-lived process
 * ({@code codec/MemoryTier}, beside the page scans file) so the next build's re-used pages are recorded in the
 * index without decoding, interning and classifying their links again. Why: on the shared corpus that was about
 * a sixth of a hot build after a one-doc edit. An entry is a pure function of the page's path, its bytes (the
 * SHA-256 the manifest vouches for) and the site's address, so it is taken only for that path and SHA-256 and
 * the whole value only for the same address; never when external links are probed (their pages are gathered
 * while recording). Immutable: the ids arrays are never written after recording.
 *
 * @param address the site's address the links were classified against ({@link SiteAddress#describe()})
 * @param pages by page path
 */
record KeptScans(String address, Map<String, Page> pages) {

    /** One page's record: the SHA-256 of the bytes it was recorded from and what the index keeps of it. */
    record Page(String sha256, SiteIndex.Recorded recorded) {
    }

    KeptScans {
        pages = Map.copyOf(pages);
    }

    /** What was recorded for {@code path} when the page had {@code sha256}. */
    Optional<SiteIndex.Recorded> findPage(String path, String sha256) {
        Page page = pages.get(path);
        return page != null && page.sha256().equals(sha256) ? Optional.of(page.recorded()) : Optional.empty();
    }
}
