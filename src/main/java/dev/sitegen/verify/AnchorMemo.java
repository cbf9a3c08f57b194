package dev.sitegen.verify;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code check}'s link check recorded of the doc pages it rendered only for their anchors (a checked doc's
 * links to a troubleshooting page's headings), kept by a long-lived process ({@code codec/MemoryTier}, beside check's
 * cache) so the next check takes a page's record instead of rendering it again. A record is a pure function of the
 * page's path, its unit's render key (the build's render cache key, {@code render/RenderUnitKeys#keyDocUnit}: every
 * input of the page's bytes) and the site's address, so it is taken only for those three. Per command: it holds the
 * previous check's records and collects this one's (only those taken or rendered now, so it stays small).
 */
public final class AnchorMemo {

    private final KeptAnchors previous;
    private final boolean keeping;
    private final Map<String, KeptAnchors.Page> next = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    private AnchorMemo(KeptAnchors previous, boolean keeping) {
        this.previous = previous;
        this.keeping = keeping;
    }

    /** Keeps nothing: every page is rendered (no memory tier). */
    public static AnchorMemo none() {
        return new AnchorMemo(KeptAnchors.NONE, false);
    }

    /** Takes from {@code previous} (what the last check of this process kept) and keeps this check's records. */
    public static AnchorMemo reuse(KeptAnchors previous) {
        return new AnchorMemo(previous, true);
    }

    /** What this check took or recorded, for the next check. */
    public KeptAnchors describeNext() {
        return new KeptAnchors(next);
    }

    /** Pages taken from the previous check instead of rendered (tests observe re-use by it). */
    public int reusedPages() {
        return reused.get();
    }

    boolean isKeeping() {
        return keeping;
    }

    /** The record of {@code page} kept under {@code unitKey} and {@code address}, carried over to the next check. */
    Optional<SiteIndex.Recorded> findPage(String page, String unitKey, String address) {
        KeptAnchors.Page kept = previous.pages().get(page);
        if (kept == null || !kept.unitKey().equals(unitKey) || !kept.address().equals(address)) {
            return Optional.empty();
        }
        next.put(page, kept);
        reused.incrementAndGet();
        return Optional.of(kept.recorded());
    }

    void keepPage(String page, String unitKey, String address, SiteIndex.Recorded recorded) {
        if (keeping) {
            next.put(page, new KeptAnchors.Page(unitKey, address, recorded));
        }
    }
}
