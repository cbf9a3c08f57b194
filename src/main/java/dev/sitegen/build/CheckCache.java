package dev.sitegen.build;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.KeptMemo;
import dev.sitegen.load.LoadMemo;
import dev.sitegen.publish.CheckCacheFile;
import dev.sitegen.verify.AnchorMemo;
import dev.sitegen.verify.KeptAnchors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code check}'s load cache ({@link CheckCacheFile}, the bytes a {@link LoadMemo} that keeps what a check did
 * not read): opened before loading, written after the checks. The file belongs to one generator and root; one
 * of another, or one that does not read (truncated, damaged, edited), is ignored with an {@code info:} line and
 * every file is read; a write that fails is an {@code info:} line too, never a failed check. {@code --force}
 * ignores it (and writes it anew). In a long-lived process the memo stays decoded between checks
 * ({@link MemoryTier}) while the file keeps the stamp it had after this process wrote or read it.
 */
public final class CheckCache {

    /**
     * What the tier keeps for check's cache file: the memo as the file holds it, and what the last check's link check
     * recorded of pages rendered for their anchors ({@link AnchorMemo}, kept in memory only).
     */
    private record Kept(KeptMemo memo, KeptAnchors anchors) {
    }

    private final Optional<CheckCacheFile> file;
    private final String key;
    private final LoadMemo memo;
    /**
     * Whether the memo is what the file held when it was opened (decoded from it, or kept for it by the tier): then
     * a memo left unchanged by the check need not be written again. The stamp is the file's then, when the tier
     * keeps values (the memo is kept again under it, so not when another process wrote the file since).
     */
    private final boolean fromFile;
    private final Optional<String> openedStamp;
    private final AnchorMemo anchors;

    private CheckCache(Optional<CheckCacheFile> file, String key, LoadMemo memo) {
        this(file, key, memo, false, Optional.empty(), KeptAnchors.NONE);
    }

    private CheckCache(Optional<CheckCacheFile> file, String key, LoadMemo memo, boolean fromFile,
                       Optional<String> openedStamp, KeptAnchors anchors) {
        this.file = file;
        this.key = key;
        this.memo = memo;
        this.fromFile = fromFile;
        this.openedStamp = openedStamp;
        this.anchors = MemoryTier.isEnabled() && file.isPresent() ? AnchorMemo.reuse(anchors) : AnchorMemo.none();
    }

    /** The cache of {@code layout}'s root in the user's cache folder ({@code env}, {@code home}). */
    public static CheckCache open(SiteLayout layout, Map<String, String> env, String home, boolean force,
                                  Consumer<String> notices) throws IOException {
        Path realRoot = layout.root().toRealPath();
        return open(layout, CheckCacheFile.locate(env, home, realRoot), force, notices);
    }

    static CheckCache open(SiteLayout layout, Optional<CheckCacheFile> file, boolean force, Consumer<String> notices) {
        if (file.isEmpty()) {
            return new CheckCache(file, "", LoadMemo.empty().keepingUnread());
        }
        String key;
        try {
            key = describeKey(layout);
        } catch (IOException e) {
            // the jar replaced while this check runs (a package mid-session): no key, so nothing read or written
            notices.accept("info: the check cache " + file.get().path() + " cannot be used (" + e.getMessage()
                    + "); ignored, every file is read");
            return new CheckCache(Optional.empty(), "", LoadMemo.empty().keepingUnread());
        }
        if (force) {
            return new CheckCache(file, key, LoadMemo.empty().keepingUnread());
        }
        Path path = file.get().path();
        // taken first: the kept memo is the file's only while the file keeps the stamp it was kept under
        Optional<String> before = MemoryTier.stampBeforeRead(path);
        Optional<Kept> kept = MemoryTier.findKept(path, Kept.class);
        Optional<LoadMemo> reused = kept.flatMap(k -> LoadMemo.reuse(k.memo(), key));
        if (reused.isPresent()) {
            return new CheckCache(file, key, reused.get().keepingUnread(), true, before, kept.get().anchors());
        }
        try {
            Optional<String> stamp = MemoryTier.stampBeforeRead(path);
            Optional<byte[]> bytes = file.get().readCache();
            if (bytes.isEmpty()) {
                return new CheckCache(file, key, LoadMemo.empty().keepingUnread());
            }
            LoadMemo memo = LoadMemo.decode(bytes.get(), key);
            MemoryTier.keep(path, stamp, new Kept(memo.describeKept(key), KeptAnchors.NONE));
            return new CheckCache(file, key, memo.keepingUnread(), true, stamp, KeptAnchors.NONE);
        } catch (IOException e) {
            notices.accept("info: the check cache " + file.get().path() + " cannot be used (" + e.getMessage()
                    + "); ignored, every file is read");
            return new CheckCache(file, key, LoadMemo.empty().keepingUnread());
        }
    }

    /** What the check's load takes from the cache and records into it. */
    LoadMemo memo() {
        return memo;
    }

    /** What the check's link check takes from the last check of this process and records into (the tier only). */
    public AnchorMemo anchors() {
        return anchors;
    }

    /**
     * Writes what this check read (and what it kept unread) for the next check; a failure is a notice. A memo that
     * is exactly what the file held is not written again (the same bytes; a file another process wrote since holds
     * entries as good, each vouched for by its fingerprints): the tier keeps it, as this check left it, under the
     * stamp the file had when it was opened, and only while the file still has it.
     */
    public void keepMemo(Consumer<String> notices) {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get().path();
        Optional<KeptMemo> unchanged = fromFile ? memo.findUnchanged(key) : Optional.empty();
        if (unchanged.isPresent()) {
            if (openedStamp.isPresent()) {
                MemoryTier.keep(path, openedStamp, new Kept(unchanged.get(), anchors.describeNext()));
            }
            return;
        }
        try {
            LoadMemo.Encoded encoded = memo.encodeKept(key);
            file.get().writeCache(encoded.bytes());
            MemoryTier.keep(path, Optional.empty(), new Kept(encoded.kept(), anchors.describeNext()));
        } catch (IOException e) {
            MemoryTier.forget(path);
            notices.accept("info: the check cache " + file.get().path() + " cannot be written (" + e.getMessage()
                    + "); the next check reads every file");
        }
    }

    /** The generator (its jar) and the root's real path: positions and findings name files relative to the root. */
    private static String describeKey(SiteLayout layout) throws IOException {
        // the real path, as the file's name: two paths to one root share the file, so they must share the key
        return "check\n" + LoadCache.describeKey(layout, layout.root().toRealPath());
    }
}
