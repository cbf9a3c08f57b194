package dev.sitegen.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Decides, unit by unit, whether a build renders or re-uses the previous output's files. A unit is
 * re-used only when the previous build rendered it from inputs with the same digest and every file it
 * wrote is still in the previous output (which its opener vouches is as built, so the recorded SHA-256
 * holds without reading the file); anything else (no entry, another key, a file missing) renders it again. Either way the unit is remembered for the next
 * build ({@link #nextMemo()}). Thread-safe: units are produced by several workers at once.
 */
public final class RenderCache {

    private final RenderMemo previous;
    private final PreviousOutput output;
    private final Map<String, RenderMemo.Unit> next = new ConcurrentHashMap<>();
    private final AtomicInteger renderedPages = new AtomicInteger();
    private final AtomicInteger reusedPages = new AtomicInteger();
    private final AtomicInteger mismatchedUnits = new AtomicInteger();

    private RenderCache(RenderMemo previous, PreviousOutput output) {
        this.previous = previous;
        this.output = output;
    }

    /** A cache that re-uses {@code previous}'s units from {@code output}. */
    public static RenderCache of(RenderMemo previous, PreviousOutput output) {
        return new RenderCache(previous, output);
    }

    /** Nothing to re-use (a cold or forced build); what is rendered is still remembered. */
    public static RenderCache cold() {
        return new RenderCache(RenderMemo.empty(), PreviousOutput.none());
    }

    /** True when no unit can be re-used (a cold or forced build, or a cache that was refused): all render. */
    boolean remembersNothing() {
        return previous.units().isEmpty();
    }

    /**
     * Produces unit {@code unit} into {@code sink}: re-uses its files when {@code key} matches and they
     * are intact, else runs {@code render} and remembers what it wrote and where its links came from.
     */
    void produceUnit(String unit, String key, SiteSink sink, LinkSources sources, Consumer<SiteSink> render) {
        if (reuseUnit(unit, key, sink, sources)) {
            return;
        }
        RecordingSink recording = new RecordingSink(sink);
        render.accept(recording);
        List<RenderMemo.PageLinks> pages = new ArrayList<>();
        TreeMap<String, String> files = new TreeMap<>();
        for (String path : recording.paths) {
            files.put(path, "");
            if (path.endsWith(".html")) {
                renderedPages.incrementAndGet();
                pages.add(new RenderMemo.PageLinks(path, sources.findTemplate(path).orElse(""), sources.findDocs(path)));
            }
        }
        next.put(unit, new RenderMemo.Unit(key, files, pages, recording.listSearchSections()));
    }

    private boolean reuseUnit(String unit, String key, SiteSink sink, LinkSources sources) {
        RenderMemo.Unit cached = previous.units().get(unit);
        if (cached == null || !cached.key().equals(key)) {
            return false;
        }
        Map<String, ReusedFile> files = new TreeMap<>();
        for (Map.Entry<String, String> f : cached.files().entrySet()) {
            Optional<ReusedFile> file = f.getValue().isEmpty() ? Optional.empty() : output.findFile(f.getKey(), f.getValue());
            if (file.isEmpty()) {
                mismatchedUnits.incrementAndGet();
                return false;
            }
            files.put(f.getKey(), file.get());
        }
        files.forEach(sink::reuseFile);
        for (RenderMemo.PageLinks page : cached.pages()) {
            if (!page.template().isEmpty()) {
                sources.recordTemplate(page.page(), page.template());
            }
            page.docs().forEach(d -> sources.recordDoc(page.page(), d.docFile(), d.links()));
        }
        reusedPages.addAndGet((int) cached.files().keySet().stream().filter(p -> p.endsWith(".html")).count());
        next.put(unit, cached);
        return true;
    }

    /**
     * The search entries of every unit produced so far, rendered or re-used, in index order: by page URL
     * (code point order, which is UTF-8 byte order), then in page order. Call after every unit is produced.
     */
    public List<SearchSection> listSearchSections() {
        List<SearchSection> all = new ArrayList<>();
        new TreeMap<>(next).values().forEach(u -> all.addAll(u.search()));
        // stable: a page's entries keep their order
        all.sort(SearchSection.INDEX_ORDER);
        return all;
    }

    /** What this build rendered or re-used, for the next build (file hashes still to be filled in). */
    public RenderMemo nextMemo() {
        return new RenderMemo(new TreeMap<>(next));
    }

    /** HTML pages this build rendered (not re-used). */
    public int renderedPages() {
        return renderedPages.get();
    }

    /** HTML pages re-used from the previous output. */
    public int reusedPages() {
        return reusedPages.get();
    }

    /** Units whose key matched but whose files were missing from or changed in the previous output. */
    public int mismatchedUnits() {
        return mismatchedUnits.get();
    }

    /** The counts for the build's last line: {@code 12 pages rendered, 1383 re-used}. */
    public String describeCounts() {
        return renderedPages() + " pages rendered, " + reusedPages() + " re-used";
    }

    /** An info line when cached units were found edited or missing in the previous output. */
    public Optional<String> describeMismatches() {
        int n = mismatchedUnits();
        return n == 0 ? Optional.empty() : Optional.of("info: " + n + (n == 1 ? " cached unit" : " cached units")
                + " no longer matched the previous output (a file missing or edited by hand); rendered again");
    }

    /** Passes files on and remembers which paths a unit wrote. */
    private static final class RecordingSink implements SiteSink {

        private final SiteSink target;
        private final ConcurrentSkipListSet<String> paths = new ConcurrentSkipListSet<>();
        private final Map<String, List<SearchSection>> search = new ConcurrentHashMap<>();

        RecordingSink(SiteSink target) {
            this.target = target;
        }

        @Override
        public void writeFile(String path, byte[] content) {
            paths.add(path);
            target.writeFile(path, content);
        }

        @Override
        public void copyFile(String path, Path source) {
            paths.add(path);
            target.copyFile(path, source);
        }

        @Override
        public void reuseFile(String path, ReusedFile file) {
            paths.add(path);
            target.reuseFile(path, file);
        }

        @Override
        public void addSearchSections(String file, List<SearchSection> sections) {
            search.put(file, List.copyOf(sections));
        }

        /** The unit's entries by page file, each page's in its order. */
        List<SearchSection> listSearchSections() {
            List<SearchSection> all = new ArrayList<>();
            new TreeMap<>(search).values().forEach(all::addAll);
            return all;
        }
    }
}
