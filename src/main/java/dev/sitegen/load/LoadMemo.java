package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the previous build parsed of each connector's folder, each under the fingerprint of the files it
 * was read from ({@link FileFingerprints}), taken before they were read: its spec (reading and parsing
 * specs was about an eighth of a rebuild after a one-doc edit) and its {@code metadata.yaml}; and each doc's
 * verdict against the markdown limits. {@code check} keeps one of its own ({@code build/CheckCache},
 * {@link #keepingUnread}), which also keeps what a check did not look at and each doc's changelog tables. A
 * connector (or doc) whose files look exactly as they did is given what was made of them then; any other is
 * read as a load without the memo reads it, and what it read is remembered for the next build. Each value is
 * kept as the bytes of its kind's codec (changelog tables this load parsed are encoded only when the memo is,
 * {@link #encode}) ({@link LoadMemoCodecs}, in the caches' one format,
 * {@code dev.sitegen.codec}: JSON or Java serialization of these records cost about as much as parsing under
 * C1), one entry's bytes apart from another's, framed by {@link LoadCacheFormat} (which refuses a truncated
 * or damaged file whole). Thread-safe: connectors load on several workers.
 */
public final class LoadMemo {

    /** A memo's file bytes and the same memo as {@link MemoryTier} keeps it. */
    public record Encoded(byte[] bytes, KeptMemo kept) {
    }

    /** Reads a connector's {@code metadata.yaml}: the file's text parsed, or an I/O error. */
    @FunctionalInterface
    interface MetadataRead {
        MetadataReader.Result read() throws IOException;
    }

    /** A doc's changelog tables, parsed or re-used, with the doc they are of (resolving is done several times). */
    private record Parsed(DocPage doc, List<Changelog> tables) {
    }

    /** Tables parsed by this load, to be kept under {@code fingerprint}. */
    private record Pending(String fingerprint, List<Changelog> tables) {
    }

    // not final: forgotten by encodeToForget (the previous build's entries are as many bytes as this one's)
    private Map<String, MemoEntry> previousSpecs;
    private Map<String, MemoEntry> previousMetadata;
    private Map<String, MemoEntry> previousLimits;
    private Map<String, MemoEntry> previousChangelogs;
    /** Docs read by the previous command of a long-lived process ({@link MemoryTier}), by listed path. */
    private final KeptReads reads;
    private final Map<String, MemoEntry> specs = new ConcurrentHashMap<>();
    private final Map<String, MemoEntry> metadata = new ConcurrentHashMap<>();
    private final Map<String, MemoEntry> limits = new ConcurrentHashMap<>();
    private final Map<String, MemoEntry> changelogs = new ConcurrentHashMap<>();
    /**
     * Each doc's tables this load parsed, with the fingerprint they are kept under, encoded only by {@link #encode}:
     * the tables are the catalog's own values (only check's cache keeps them, see {@link #keepingUnread}).
     */
    private final Map<String, Pending> newChangelogs = new ConcurrentHashMap<>();
    /** Each doc's tables as this load made them, by its file. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** The connectors and docs this load found (read or not): a kept unread entry of any other is of one gone. */
    private final Set<String> seenConnectors = ConcurrentHashMap.newKeySet();
    private final Set<String> seenDocs = ConcurrentHashMap.newKeySet();
    /** Each doc's fingerprint, taken before it was read, by its file. */
    private final Map<String, String> docFingerprints = new ConcurrentHashMap<>();
    private final AtomicInteger reusedSpecs = new AtomicInteger();
    private final AtomicInteger reusedMetadata = new AtomicInteger();
    private final AtomicInteger reusedLimits = new AtomicInteger();
    private final AtomicInteger reusedChangelogs = new AtomicInteger();
    private final boolean recording;
    /** Set by {@link #encodeToForget}: the memo holds nothing any more and records nothing. */
    private volatile boolean forgotten;
    /**
     * Whether this is check's memo ({@link #keepingUnread}): entries this load did not look at are kept for the next,
     * and so are docs' changelog tables.
     */
    private final boolean forCheck;
    /** The wall clock in nanoseconds, which files' times are compared with. */
    private final LongSupplier clock;

    private static final LoadCacheFormat.Tables NO_TABLES = new LoadCacheFormat.Tables(Map.of(), Map.of(), Map.of(),
            Map.of());

    private LoadMemo(LoadCacheFormat.Tables tables, boolean recording, boolean forCheck, LongSupplier clock) {
        this(tables, KeptReads.Tables.NONE, recording, forCheck, clock);
    }

    private LoadMemo(LoadCacheFormat.Tables tables, KeptReads.Tables reads, boolean recording, boolean forCheck,
                     LongSupplier clock) {
        this.reads = new KeptReads(reads);
        this.previousSpecs = Map.copyOf(tables.specs());
        this.previousMetadata = Map.copyOf(tables.metadata());
        this.previousLimits = Map.copyOf(tables.limits());
        this.previousChangelogs = Map.copyOf(tables.changelogs());
        this.recording = recording;
        this.forCheck = forCheck;
        this.clock = clock;
    }

    private static long nowNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    /** Remembers nothing: every file is read (scoped checks, serve, tests). */
    public static LoadMemo none() {
        return new LoadMemo(NO_TABLES, false, false, LoadMemo::nowNanos);
    }

    /** Nothing to re-use (no cache, a forced build), but what is read is remembered for the next build. */
    public static LoadMemo empty() {
        return empty(LoadMemo::nowNanos);
    }

    /** An empty recording memo comparing files' times with {@code clock} (tests age files with it). */
    static LoadMemo empty(LongSupplier clock) {
        return new LoadMemo(NO_TABLES, true, false, clock);
    }

    /** The memo {@link #encode} wrote under {@code key}; an {@link IOException} says why it cannot be used. */
    public static LoadMemo decode(byte[] bytes, String key) throws IOException {
        return decode(bytes, key, LoadMemo::nowNanos);
    }

    static LoadMemo decode(byte[] bytes, String key, LongSupplier clock) throws IOException {
        return new LoadMemo(LoadCacheFormat.decodeTables(bytes, key), true, false, clock);
    }

    /** The memo {@code kept} holds, when it was kept under {@code key}; else empty (the file is decoded). */
    public static Optional<LoadMemo> reuse(KeptMemo kept, String key) {
        return reuse(kept, key, LoadMemo::nowNanos);
    }

    static Optional<LoadMemo> reuse(KeptMemo kept, String key, LongSupplier clock) {
        if (!kept.key().equals(key)) {
            return Optional.empty();
        }
        return Optional.of(new LoadMemo(kept.tables(), kept.reads(), true, false, clock));
    }

    /** What this memo was made from, as {@link MemoryTier} keeps a decoded file; {@code key} names the file's key. */
    public KeptMemo describeKept(String key) {
        return new KeptMemo(key, new LoadCacheFormat.Tables(previousSpecs, previousMetadata, previousLimits,
                previousChangelogs), KeptReads.Tables.NONE);
    }

    /**
     * This memo, but keeping for the next load the entries this one does not look at: a scoped {@code check}
     * reads one connector's spec and judges one doc, and the next check (of another connector) should still
     * find what the earlier ones read. An entry kept unread is vouched for by its fingerprint when it is used,
     * as any other; one of a connector or doc that is gone is merely never used. Such a memo (check's cache) also
     * keeps docs' changelog tables, which a check of one connector parses for every doc; a build's memo does not:
     * a build after an edit re-uses the pages of unchanged docs anyway, and the tables' bytes were about 110 MB of
     * a 10x catalog's 700 MB peak (encoded, kept and written with the rest of the cache at the end).
     */
    public LoadMemo keepingUnread() {
        return new LoadMemo(new LoadCacheFormat.Tables(previousSpecs, previousMetadata, previousLimits,
                previousChangelogs), reads.previous(), recording, true, clock);
    }

    /** What this load read or re-used, for the next build; {@code key} names the generator and root. */
    public byte[] encode(String key) throws IOException {
        return encodeKept(key).bytes();
    }

    /** {@link #encode}, with the tables it wrote as {@link MemoryTier} keeps them. */
    public Encoded encodeKept(String key) throws IOException {
        if (forgotten) {
            throw new IllegalStateException("the load memo was encoded and forgotten already");
        }
        LoadCacheFormat.Tables tables = new LoadCacheFormat.Tables(
                withUnread(specs, previousSpecs, seenConnectors), withUnread(metadata, previousMetadata, seenConnectors),
                withUnread(limits, previousLimits, seenDocs), withUnread(encodeChangelogs(), previousChangelogs, seenDocs));
        return new Encoded(LoadCacheFormat.encodeTables(key, tables), new KeptMemo(key, tables, reads.describeRead()));
    }

    /**
     * As {@link #encode}, then forgets every entry and records nothing more: a build writes its load cache aside
     * before rendering, so the entries (18 MB at 10x, and the previous build's) are not held through the render.
     */
    public Encoded encodeToForget(String key) throws IOException {
        Encoded encoded = encodeKept(key);
        forgotten = true;
        previousSpecs = Map.of();
        previousMetadata = Map.of();
        previousLimits = Map.of();
        previousChangelogs = Map.of();
        List.of(specs, metadata, limits, changelogs, newChangelogs, parsed, docFingerprints).forEach(Map::clear);
        List.of(seenConnectors, seenDocs).forEach(Set::clear);
        return encoded;
    }

    /** The changelog tables re-used, and those parsed, encoded now. */
    private Map<String, MemoEntry> encodeChangelogs() {
        Map<String, MemoEntry> all = new HashMap<>(changelogs);
        newChangelogs.forEach((file, pending) -> LoadMemoCodecs.keep(all, file, Optional.of(pending.fingerprint()),
                pending.tables(), LoadMemoCodecs.CHANGELOGS));
        return all;
    }

    /** What was read, plus (when kept) the unread entries of connectors or docs this load still found. */
    private Map<String, MemoEntry> withUnread(Map<String, MemoEntry> read, Map<String, MemoEntry> previous, Set<String> seen) {
        if (!forCheck) {
            return read;
        }
        Map<String, MemoEntry> all = new HashMap<>();
        previous.forEach((name, entry) -> {
            if (seen.contains(name)) {
                all.put(name, entry);
            }
        });
        all.putAll(read);
        return all;
    }

    /** Whether this memo records what is read (every memo but {@link #none()}, until {@link #encodeToForget}). */
    public boolean isRecording() {
        return recording && !forgotten;
    }

    /** Connectors whose spec was taken from the memo instead of read. */
    public int reusedSpecs() {
        return reusedSpecs.get();
    }

    /** Connectors whose metadata was taken from the memo instead of read. */
    public int reusedMetadata() {
        return reusedMetadata.get();
    }

    /** Docs whose markdown-limits verdict was taken from the memo instead of judged. */
    public int reusedLimits() {
        return reusedLimits.get();
    }

    /** Docs whose changelog tables were taken from the memo instead of parsed. */
    public int reusedChangelogs() {
        return reusedChangelogs.get();
    }

    /** Docs taken as the previous command of a long-lived process read them instead of read again. */
    int reusedDocs() {
        return reads.reusedDocs();
    }

    /** Icons whose verdict was taken as the previous command of a long-lived process judged it. */
    int reusedIcons() {
        return reads.reusedIcons();
    }

    /** Why the admitted icon file {@code real} cannot be shown, if it cannot ({@link IconFiles#findContentProblem}). */
    Optional<String> judgeIcon(Path real, String name) {
        return isRecording() && MemoryTier.isEnabled() ? reads.judgeIcon(real, name, clock.getAsLong())
                : IconFiles.findContentProblem(real, name);
    }

    /**
     * Reads a doc through {@code read}, its file's fingerprint taken first, for {@link #judgeLimits}. In a long-lived
     * process ({@link MemoryTier}) a doc the previous command read is not read again when its file has the same
     * fingerprint and the gate admits it now from the same real path: the text is the file's, as read then.
     */
    DocReader.Result readDoc(Path file, InputGate gate, Supplier<DocReader.Result> read) {
        if (!isRecording()) {
            return read.get();
        }
        Optional<String> fingerprint = FileFingerprints.describeContent(file, clock.getAsLong());
        DocReader.Result result = fingerprint.isPresent() && MemoryTier.isEnabled()
                ? reads.readDoc(file, fingerprint.get(), gate, read) : read.get();
        result.doc().ifPresent(d -> seenDocs.add(d.file()));
        result.doc().ifPresent(d -> fingerprint.ifPresent(f -> docFingerprints.put(d.file(), f)));
        return result;
    }

    /**
     * The doc's markdown-limits findings ({@link DocReader#judgeLimits}, which read its text and file name
     * alone), re-used when its file is unchanged since the last build judged it.
     */
    List<Diagnostic> judgeLimits(DocPage doc) {
        if (!isRecording()) {
            return DocReader.judgeLimits(doc);
        }
        Optional<String> fingerprint = Optional.ofNullable(docFingerprints.get(doc.file()));
        Optional<List<Diagnostic>> kept = LoadMemoCodecs.findKept(previousLimits, limits, doc.file(), fingerprint,
                LoadMemoCodecs.LIMITS);
        if (kept.isPresent()) {
            reusedLimits.incrementAndGet();
            return kept.get();
        }
        List<Diagnostic> judged = DocReader.judgeLimits(doc);
        LoadMemoCodecs.keep(limits, doc.file(), fingerprint, judged, LoadMemoCodecs.LIMITS);
        return judged;
    }

    /**
     * The doc's changelog tables ({@link ChangelogParser#parseChangelogs}, which reads its text and file name
     * alone), re-used when its file is unchanged since they were parsed, and parsed once per load (a doc is
     * resolved for each connector it documents, and again when its connector's page moves).
     */
    List<Changelog> parseChangelogs(DocPage doc) {
        if (!isRecording()) {
            return ChangelogParser.parseChangelogs(doc);
        }
        // once per doc, also when two connectors share it and their loads run at once (the re-use count is exact)
        return parsed.compute(doc.file(), (file, known) -> known != null && known.doc() == doc ? known
                : new Parsed(doc, findOrParseChangelogs(doc))).tables();
    }

    private List<Changelog> findOrParseChangelogs(DocPage doc) {
        Optional<String> fingerprint = Optional.ofNullable(docFingerprints.get(doc.file()));
        Optional<List<Changelog>> kept = LoadMemoCodecs.findKept(previousChangelogs, changelogs, doc.file(), fingerprint,
                LoadMemoCodecs.CHANGELOGS);
        if (kept.isPresent()) {
            reusedChangelogs.incrementAndGet();
            return kept.get();
        }
        List<Changelog> tables = ChangelogParser.parseChangelogs(doc);
        if (forCheck) {
            fingerprint.ifPresent(f -> newChangelogs.put(doc.file(), new Pending(f, tables)));
        }
        return tables;
    }

    /** The connector's spec as {@link SpecFiles#readSpec} reads it now, re-used when its files are unchanged. */
    SpecFiles.Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        if (!isRecording()) {
            return SpecFiles.readSpec(dir, connector, layout, gate);
        }
        Optional<String> fingerprint = FileFingerprints.describeSpecFiles(dir, gate, clock.getAsLong());
        Optional<SpecFiles.Result> kept = LoadMemoCodecs.findKept(previousSpecs, specs, connector, fingerprint,
                LoadMemoCodecs.SPECS);
        if (kept.isPresent()) {
            reusedSpecs.incrementAndGet();
            return kept.get();
        }
        SpecFiles.Result read = SpecFiles.readSpec(dir, connector, layout, gate);
        LoadMemoCodecs.keep(specs, connector, fingerprint, read, LoadMemoCodecs.SPECS);
        return read;
    }

    /** The connector's metadata as {@code read} reads it from the file the gate {@code admitted}, re-used when unchanged. */
    MetadataReader.Result readMetadata(String connector, InputGate.Verdict admitted, MetadataRead read)
            throws IOException {
        if (!isRecording()) {
            return read.read();
        }
        seenConnectors.add(connector);
        Optional<String> fingerprint = FileFingerprints.describeFile(admitted, clock.getAsLong());
        Optional<MetadataReader.Result> kept = LoadMemoCodecs.findKept(previousMetadata, metadata, connector, fingerprint,
                LoadMemoCodecs.METADATA);
        if (kept.isPresent()) {
            reusedMetadata.incrementAndGet();
            return kept.get();
        }
        MetadataReader.Result result = read.read();
        LoadMemoCodecs.keep(metadata, connector, fingerprint, result, LoadMemoCodecs.METADATA);
        return result;
    }
}
