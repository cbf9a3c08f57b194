package dev.sitegen.load;

import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.DocPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link LoadMemo}'s table of docs' changelog tables ({@link ChangelogParser#parseChangelogs}, which reads a doc's
 * text and file name alone), apart from the memo's other tables because it differs in two ways: a doc is resolved
 * for each connector it documents and again when a page moves, so its tables are parsed once per load; and the
 * tables this load parsed are encoded only when the memo is ({@link #encodeEntries}), since only check's cache keeps
 * them (a build's memo re-uses the tables it finds but records none). Thread-safe: connectors load on several workers.
 */
final class ChangelogTables {

    /** A doc's tables, parsed or re-used, with the doc they are of. */
    private record Parsed(DocPage doc, List<Changelog> tables) {
    }

    /** Tables parsed by this load, to be kept under {@code fingerprint}. */
    private record Pending(String fingerprint, List<Changelog> tables) {
    }

    private final MemoTable<List<Changelog>> table;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** Whether the tables this load parses are kept (check's memo). */
    private final boolean keepsParsed;

    ChangelogTables(Map<String, MemoEntry> previous, boolean keepsParsed) {
        this.table = new MemoTable<>(previous, LoadMemoCodecs.CHANGELOGS);
        this.keepsParsed = keepsParsed;
    }

    /** The entries the memo was made with. */
    Map<String, MemoEntry> previous() {
        return table.previous();
    }

    int reusedCount() {
        return table.reusedCount();
    }

    /**
     * {@code doc}'s tables, re-used when its file's {@code fingerprint} (taken before it was read) is the one they
     * were kept under, and parsed once per load (the re-use count is exact also when two connectors sharing the doc
     * load at once).
     */
    List<Changelog> parseChangelogs(DocPage doc, Optional<String> fingerprint) {
        return parseChangelogs(doc, fingerprint, ChangelogParser::parseChangelogs);
    }

    /** {@link #parseChangelogs(DocPage, Optional)}, the tables the memo does not hold made by {@code parse}. */
    List<Changelog> parseChangelogs(DocPage doc, Optional<String> fingerprint,
                                    Function<DocPage, List<Changelog>> parse) {
        return parsed.compute(doc.file(), (file, known) -> known != null && known.doc() == doc ? known
                : new Parsed(doc, findOrParse(doc, fingerprint, parse))).tables();
    }

    private List<Changelog> findOrParse(DocPage doc, Optional<String> fingerprint,
                                        Function<DocPage, List<Changelog>> parse) {
        Optional<List<Changelog>> kept = table.findKept(doc.file(), fingerprint);
        if (kept.isPresent()) {
            return kept.get();
        }
        List<Changelog> tables = parse.apply(doc);
        if (keepsParsed) {
            fingerprint.ifPresent(f -> pending.put(doc.file(), new Pending(f, tables)));
        }
        return tables;
    }

    /**
     * The tables re-used, and those parsed (encoded now), by doc file; in check's memo also those not looked at of
     * the docs in {@code seen} ({@link MemoTable#withUnread}).
     */
    Map<String, MemoEntry> encodeEntries(Set<String> seen) {
        Map<String, MemoEntry> all = table.listEntries();
        pending.forEach((file, p) -> LoadMemoCodecs.keep(all, file, Optional.of(p.fingerprint()), p.tables(),
                LoadMemoCodecs.CHANGELOGS));
        return table.withUnread(all, seen, keepsParsed);
    }

    /** Whether {@link #encodeEntries} would give exactly the entries the memo was made with (none parsed now). */
    boolean keepsPrevious(Set<String> seen) {
        return pending.isEmpty() && table.keepsPrevious(seen, keepsParsed);
    }

    /** Holds nothing any more (a build's memo once encoded). */
    void forget() {
        table.forget();
        pending.clear();
        parsed.clear();
    }
}
