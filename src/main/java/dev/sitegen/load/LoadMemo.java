package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * or damaged file whole). The tables themselves, what goes into the file and whether that changed, are
 * {@link MemoTables}. Thread-safe: connectors load on several workers.
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

    /** Specs, metadata, limits verdicts and changelog tables: the file's, and those re-used or made now. */
    private final MemoTables tables;
    /** Docs read by the previous command of a long-lived process ({@link MemoryTier}), by listed path. */
    private final KeptReads reads;
    /** Each doc's fingerprint, taken before it was read, by its file. */
    private final Map<String, String> docFingerprints = new ConcurrentHashMap<>();
    private final boolean recording;
    /** Set by {@link #encodeToForget}: the memo holds nothing any more and records nothing. */
    private volatile boolean forgotten;
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
        this.tables = new MemoTables(tables, forCheck);
        this.recording = recording;
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
        return new KeptMemo(key, tables.describePrevious(), KeptReads.Tables.NONE);
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
        return new LoadMemo(tables.describePrevious(), reads.previous(), recording, true, clock);
    }

    /** What this load read or re-used, for the next build; {@code key} names the generator and root. */
    public byte[] encode(String key) throws IOException {
        return encodeKept(key).bytes();
    }

    /** {@link #encode}, with the tables it wrote as {@link MemoryTier} keeps them. */
    public Encoded encodeKept(String key) throws IOException {
        LoadCacheFormat.Tables listed = listTables();
        return new Encoded(LoadCacheFormat.encodeTables(key, listed), new KeptMemo(key, listed, reads.describeRead()));
    }

    /**
     * This memo as {@link MemoryTier} keeps it, when its tables are exactly those it was made with (every entry
     * re-used, none new, none dropped): then {@link #encode} would give the bytes it was decoded from, and a file
     * that holds them need not be written again (a check run again without an edit). Empty when anything differs.
     */
    public Optional<KeptMemo> findUnchanged(String key) {
        if (forgotten) {
            throw new IllegalStateException("the load memo was encoded and forgotten already");
        }
        return tables.isUnchanged() ? Optional.of(new KeptMemo(key, tables.describePrevious(), reads.describeRead()))
                : Optional.empty();
    }

    private LoadCacheFormat.Tables listTables() {
        if (forgotten) {
            throw new IllegalStateException("the load memo was encoded and forgotten already");
        }
        return tables.listTables();
    }

    /**
     * As {@link #encode}, then forgets every entry and records nothing more: a build writes its load cache aside
     * before rendering, so the entries (18 MB at 10x, and the previous build's) are not held through the render.
     */
    public Encoded encodeToForget(String key) throws IOException {
        Encoded encoded = encodeKept(key);
        forgotten = true;
        tables.forget();
        docFingerprints.clear();
        return encoded;
    }

    /** Whether this memo records what is read (every memo but {@link #none()}, until {@link #encodeToForget}). */
    public boolean isRecording() {
        return recording && !forgotten;
    }

    /** Connectors whose spec was taken from the memo instead of read. */
    public int reusedSpecs() {
        return tables.specs().reusedCount();
    }

    /** Connectors whose metadata was taken from the memo instead of read. */
    public int reusedMetadata() {
        return tables.metadata().reusedCount();
    }

    /** Docs whose markdown-limits verdict was taken from the memo instead of judged. */
    public int reusedLimits() {
        return tables.limits().reusedCount();
    }

    /** Docs whose changelog tables were taken from the memo instead of parsed. */
    public int reusedChangelogs() {
        return tables.changelogs().reusedCount();
    }

    /** Docs taken as the previous command of a long-lived process read them instead of read again. */
    int reusedDocs() {
        return reads.reusedDocs();
    }

    /** Icons whose verdict was taken as the previous command of a long-lived process judged it. */
    int reusedIcons() {
        return reads.reusedIcons();
    }

    /** Migration guides taken as the previous command of a long-lived process parsed them from the same doc. */
    int reusedGuides() {
        return reads.reusedGuides();
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
        result.doc().ifPresent(d -> tables.seeDoc(d.file()));
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
        Optional<List<Diagnostic>> kept = tables.limits().findKept(doc.file(), fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        List<Diagnostic> judged = DocReader.judgeLimits(doc);
        tables.limits().keep(doc.file(), fingerprint, judged);
        return judged;
    }

    /**
     * The doc's changelog tables ({@link ChangelogParser#parseChangelogs}, which reads its text and file name
     * alone), re-used when its file is unchanged since they were parsed, and parsed once per load (a doc is
     * resolved for each connector it documents, and again when its connector's page moves); in a long-lived process
     * ({@link MemoryTier}) those parsed from this very doc by the previous command are re-used.
     */
    List<Changelog> parseChangelogs(DocPage doc) {
        if (!isRecording()) {
            return ChangelogParser.parseChangelogs(doc);
        }
        Optional<String> fingerprint = Optional.ofNullable(docFingerprints.get(doc.file()));
        return MemoryTier.isEnabled() ? tables.changelogs().parseChangelogs(doc, fingerprint, reads::parseChangelogs)
                : tables.changelogs().parseChangelogs(doc, fingerprint);
    }

    /**
     * The doc's migration guide ({@link MigrationGuideParser#parseMigrationGuide}, a function of the doc alone): in a
     * long-lived process ({@link MemoryTier}) the guide parsed from this very doc (a doc read again is another) is
     * re-used, else parsed.
     */
    MigrationGuide parseMigrationGuide(DocPage doc) {
        return isRecording() && MemoryTier.isEnabled() ? reads.parseGuide(doc)
                : MigrationGuideParser.parseMigrationGuide(doc);
    }

    /**
     * The GitHub repositories of a changelog table's PR links, with their row counts (the inferred repository is the
     * most common over every connector's table): in a long-lived process ({@link MemoryTier}) those counted from this
     * very table (a table taken unchanged from the memo is the same object; one parsed again is counted again).
     */
    Map<String, Integer> countRepositories(Changelog table) {
        return isRecording() && MemoryTier.isEnabled() ? reads.countRepositories(table)
                : SiteFactsInference.countRepositories(table);
    }

    /** The connector's spec as {@link SpecFiles#readSpec} reads it now, re-used when its files are unchanged. */
    SpecFiles.Result readSpec(Path dir, String connector, SiteLayout layout, InputGate gate) {
        if (!isRecording()) {
            return SpecFiles.readSpec(dir, connector, layout, gate);
        }
        Optional<String> fingerprint = FileFingerprints.describeSpecFiles(dir, gate, clock.getAsLong());
        Optional<SpecFiles.Result> kept = tables.specs().findKept(connector, fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        SpecFiles.Result read = SpecFiles.readSpec(dir, connector, layout, gate);
        tables.specs().keep(connector, fingerprint, read);
        return read;
    }

    /** The connector's metadata as {@code read} reads it from the file the gate {@code admitted}, re-used when unchanged. */
    MetadataReader.Result readMetadata(String connector, InputGate.Verdict admitted, MetadataRead read)
            throws IOException {
        if (!isRecording()) {
            return read.read();
        }
        tables.seeConnector(connector);
        Optional<String> fingerprint = FileFingerprints.describeFile(admitted, clock.getAsLong());
        Optional<MetadataReader.Result> kept = tables.metadata().findKept(connector, fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        MetadataReader.Result result = read.read();
        tables.metadata().keep(connector, fingerprint, result);
        return result;
    }
}
