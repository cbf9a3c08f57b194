package dev.sitegen.load;

import dev.sitegen.codec.MemoryTier;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What a long-lived process ({@link MemoryTier}) keeps in memory of a load beside its memo's file: the docs as read,
 * each migration guide and changelog table with the doc it was parsed from, and each icon's verdict, each under the fingerprint ({@link FileFingerprints}, taken before reading, never of a
 * file changed within the racy window or of a link) of the file it came from; the next command of the same root
 * is given them while the files have the same fingerprints. No file holds them: a cold process reads every doc.
 * Thread-safe: connectors load on several workers.
 */
final class KeptReads {

    /**
     * A doc as read (text, field references, problems) from the real path the input gate admitted, under the
     * fingerprint of its listed path.
     */
    record Doc(String fingerprint, Path real, DocReader.Result read) {
    }

    /** Why an icon file cannot be shown ({@link IconFiles#findContentProblem}), under its file's fingerprint. */
    record Icon(String fingerprint, Optional<String> problem) {
    }

    /**
     * A migration guide parsed from {@code page} ({@link MigrationGuideParser#parseMigrationGuide}, a function of
     * the doc alone): re-used only for this very doc, which a doc kept unchanged is ({@link #readDoc}).
     */
    record Guide(DocPage page, MigrationGuide guide) {
    }

    /**
     * A changelog table's repositories with their row counts ({@link SiteFactsInference#countRepositories}, a function
     * of the table alone): re-used only for this very table, which one taken unchanged from the memo is.
     */
    record Repositories(Changelog table, Map<String, Integer> counts) {
    }

    /**
     * A doc's changelog tables ({@link ChangelogParser#parseChangelogs}, a function of the doc alone) parsed from
     * {@code page}: re-used only for this very doc, which a doc kept unchanged is ({@link #readDoc}). A build's memo
     * file keeps no tables, so without these a build after an edit parsed every doc's tables again.
     */
    record ChangelogsOf(DocPage page, List<Changelog> tables) {
    }

    /**
     * Docs by listed path, guides and changelog tables by doc file, icons by real path and name, repositories by
     * table position.
     */
    record Tables(Map<String, Doc> docs, Map<String, Guide> guides, Map<String, Icon> icons,
                  Map<String, Repositories> repositories, Map<String, ChangelogsOf> changelogs) {
        static final Tables NONE = new Tables(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        Tables {
            docs = Map.copyOf(docs);
            guides = Map.copyOf(guides);
            icons = Map.copyOf(icons);
            repositories = Map.copyOf(repositories);
            changelogs = Map.copyOf(changelogs);
        }
    }

    private final Tables previous;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, Guide> guides = new ConcurrentHashMap<>();
    private final Map<String, Icon> icons = new ConcurrentHashMap<>();
    private final Map<String, Repositories> repositories = new ConcurrentHashMap<>();
    private final Map<String, ChangelogsOf> changelogs = new ConcurrentHashMap<>();
    private final AtomicInteger reusedDocs = new AtomicInteger();
    private final AtomicInteger reusedIcons = new AtomicInteger();
    private final AtomicInteger reusedGuides = new AtomicInteger();

    KeptReads(Tables previous) {
        this.previous = previous;
    }

    /** What the previous command read. */
    Tables previous() {
        return previous;
    }

    /** What this load read or re-used, for the next command. */
    Tables describeRead() {
        return new Tables(docs, guides, icons, repositories, changelogs);
    }

    int reusedDocs() {
        return reusedDocs.get();
    }

    int reusedIcons() {
        return reusedIcons.get();
    }

    int reusedGuides() {
        return reusedGuides.get();
    }

    /**
     * The migration guide of {@code page}: the one parsed from this very doc by this load or the previous command,
     * else parsed now (a guide is resolved for every connector whose page it is beside, and again when a page moves).
     */
    MigrationGuide parseGuide(DocPage page) {
        Guide known = guides.get(page.file());
        if (known != null && known.page() == page) {
            return known.guide();
        }
        Guide kept = previous.guides().get(page.file());
        if (kept != null && kept.page() == page) {
            reusedGuides.incrementAndGet();
            guides.put(page.file(), kept);
            return kept.guide();
        }
        MigrationGuide guide = MigrationGuideParser.parseMigrationGuide(page);
        guides.put(page.file(), new Guide(page, guide));
        return guide;
    }

    /**
     * The changelog tables of {@code page}: those parsed from this very doc by the previous command, else parsed now
     * (the load's memo parses a doc's tables once per load, {@link ChangelogTables}).
     */
    List<Changelog> parseChangelogs(DocPage page) {
        ChangelogsOf kept = previous.changelogs().get(page.file());
        if (kept == null || kept.page() != page) {
            kept = new ChangelogsOf(page, ChangelogParser.parseChangelogs(page));
        }
        changelogs.put(page.file(), kept);
        return kept.tables();
    }

    /**
     * The doc at {@code file} (whose fingerprint is {@code fingerprint}), as the previous command read it when the
     * gate admits it now from the same real path and the fingerprint is the same; else read through {@code read}.
     */
    DocReader.Result readDoc(Path file, String fingerprint, InputGate gate, Supplier<DocReader.Result> read) {
        InputGate.Verdict admitted = gate.admitDoc(file);
        if (!admitted.isAccepted()) {
            return read.get();
        }
        Path real = admitted.requireRealPath();
        Doc kept = previous.docs().get(file.toString());
        if (kept != null && kept.fingerprint().equals(fingerprint) && kept.real().equals(real)) {
            docs.put(file.toString(), kept);
            reusedDocs.incrementAndGet();
            return kept.read();
        }
        DocReader.Result result = read.get();
        docs.put(file.toString(), new Doc(fingerprint, real, result));
        return result;
    }

    /** The repositories of {@code table}'s PR links: as counted from this very table before, else counted now. */
    Map<String, Integer> countRepositories(Changelog table) {
        String key = table.pos().toString();
        Repositories kept = previous.repositories().get(key);
        if (kept == null || kept.table() != table) {
            kept = new Repositories(table, SiteFactsInference.countRepositories(table));
        }
        repositories.put(key, kept);
        return kept.counts();
    }

    /** {@link IconFiles#findContentProblem} of the admitted file {@code real}, judged again only when it changed. */
    Optional<String> judgeIcon(Path real, String name, long nowNanos) {
        Optional<String> fingerprint = FileFingerprints.describeContent(real, nowNanos);
        if (fingerprint.isEmpty()) {
            return IconFiles.findContentProblem(real, name);
        }
        String key = real + "\n" + name;
        Icon kept = previous.icons().get(key);
        if (kept != null && kept.fingerprint().equals(fingerprint.get())) {
            icons.put(key, kept);
            reusedIcons.incrementAndGet();
            return kept.problem();
        }
        Optional<String> problem = IconFiles.findContentProblem(real, name);
        icons.put(key, new Icon(fingerprint.get(), problem));
        return problem;
    }
}
