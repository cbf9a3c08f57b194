package dev.sitegen.load;

import dev.sitegen.model.Diagnostic;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four tables of a {@link LoadMemo} (specs and metadata by connector, limits verdicts and changelog tables by doc
 * file) and the connectors and docs its load found: what its file is made from and written from. Apart from the memo,
 * which decides what is looked up and read when, so that what goes into the file, and whether that changed, is
 * decided in one place. Thread-safe: connectors load on several workers.
 */
final class MemoTables {

    private final MemoTable<SpecFiles.Result> specs;
    private final MemoTable<MetadataReader.Result> metadata;
    private final MemoTable<List<Diagnostic>> limits;
    private final ChangelogTables changelogs;
    /** The connectors and docs this load found (read or not): a kept unread entry of any other is of one gone. */
    private final Set<String> seenConnectors = ConcurrentHashMap.newKeySet();
    private final Set<String> seenDocs = ConcurrentHashMap.newKeySet();
    /** Whether entries this load did not look at are kept for the next, and so are docs' changelog tables (check's). */
    private final boolean keepsUnread;

    MemoTables(LoadCacheFormat.Tables tables, boolean keepsUnread) {
        this.specs = new MemoTable<>(tables.specs(), LoadMemoCodecs.SPECS);
        this.metadata = new MemoTable<>(tables.metadata(), LoadMemoCodecs.METADATA);
        this.limits = new MemoTable<>(tables.limits(), LoadMemoCodecs.LIMITS);
        this.changelogs = new ChangelogTables(tables.changelogs(), keepsUnread);
        this.keepsUnread = keepsUnread;
    }

    MemoTable<SpecFiles.Result> specs() {
        return specs;
    }

    MemoTable<MetadataReader.Result> metadata() {
        return metadata;
    }

    MemoTable<List<Diagnostic>> limits() {
        return limits;
    }

    ChangelogTables changelogs() {
        return changelogs;
    }

    void seeConnector(String connector) {
        seenConnectors.add(connector);
    }

    void seeDoc(String file) {
        seenDocs.add(file);
    }

    /** The tables the memo was made with (its file's). */
    LoadCacheFormat.Tables describePrevious() {
        return new LoadCacheFormat.Tables(specs.previous(), metadata.previous(), limits.previous(),
                changelogs.previous());
    }

    /** The tables to write: what this load re-used or made, and (check's) the unread entries of what it found. */
    LoadCacheFormat.Tables listTables() {
        return new LoadCacheFormat.Tables(
                specs.withUnread(specs.listEntries(), seenConnectors, keepsUnread),
                metadata.withUnread(metadata.listEntries(), seenConnectors, keepsUnread),
                limits.withUnread(limits.listEntries(), seenDocs, keepsUnread),
                changelogs.encodeEntries(seenDocs));
    }

    /**
     * Whether {@link #listTables} would hold exactly the entries the memo was made with (each the very same), told
     * without listing them: a check that read nothing anew is asked this on every run.
     */
    boolean isUnchanged() {
        return specs.keepsPrevious(seenConnectors, keepsUnread) && metadata.keepsPrevious(seenConnectors, keepsUnread)
                && limits.keepsPrevious(seenDocs, keepsUnread) && changelogs.keepsPrevious(seenDocs);
    }

    /** Holds nothing any more (a build's memo once encoded). */
    void forget() {
        List.of(specs, metadata, limits).forEach(MemoTable::forget);
        changelogs.forget();
        List.of(seenConnectors, seenDocs).forEach(Set::clear);
    }
}
