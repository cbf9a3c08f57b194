package dev.sitegen.verify;

import dev.sitegen.model.UrlPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The compact record of a site being written, safe for concurrent writers: every file's path, each
 * page's anchors (interned, sorted) and its links to other files, the problems a page shows on its
 * own (missing same-page anchors, malformed URLs...), and, when probing, which pages link to each
 * external URL. Page content itself is never kept.
 */
final class SiteIndex {

    private static final String[] NO_IDS = new String[0];

    private final SiteAddress address;
    private final boolean keepExternal;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** The top-level folders of {@link #files}, kept as they are added: a preview's rebuild asks for them. */
    private final Set<String> topFolders = ConcurrentHashMap.newKeySet();
    private final Map<String, String[]> idsByPage = new ConcurrentHashMap<>();
    private final Map<String, List<PendingLink>> linksByPage = new ConcurrentHashMap<>();
    private final Map<String, List<PageProblem>> problemsByPage = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pagesByExternal = new ConcurrentHashMap<>();
    private final Map<String, String> interned = new ConcurrentHashMap<>();
    private final AtomicLong scanNanos = new AtomicLong();
    /** Link path to the pages linking there: only a preview asks, so it is built at its first question. */
    private volatile Map<String, Set<String>> pagesByPath;

    SiteIndex(SiteAddress address, boolean keepExternal) {
        this.address = address;
        this.keepExternal = keepExternal;
    }

    void recordFile(String path) {
        addFile(path);
    }

    private void addFile(String path) {
        if (files.add(path)) {
            String top = UrlPaths.topFolderOf(path);
            if (!top.isEmpty()) {
                topFolders.add(top);
            }
        }
    }

    /** Scans a written HTML or XML file and keeps its anchors and links. */
    void recordPage(String path, byte[] content) {
        recordScan(path, scanPage(path, content));
    }

    /** The scan of a written HTML or XML file. */
    HtmlLinkScanner.Scan scanPage(String path, byte[] content) {
        long start = System.nanoTime();
        HtmlLinkScanner.Scan scan = HtmlLinkScanner.scanPage(content, path.endsWith(".xml"));
        scanNanos.addAndGet(System.nanoTime() - start);
        return scan;
    }

    /**
     * What the index keeps of one page: its anchors (interned, sorted; never written after recording), its
     * links to other files and the problems it shows on its own.
     */
    record Recorded(String[] ids, List<PendingLink> links, List<PageProblem> problems) {
    }

    /** Keeps the anchors and links of an HTML or XML file, scanned now or by an earlier build; returns them. */
    Recorded recordScan(String path, HtmlLinkScanner.Scan scan) {
        long start = System.nanoTime();
        addFile(path);
        String[] ids = scan.ids().stream().map(this::intern).distinct().sorted().toArray(String[]::new);
        List<PendingLink> pending = new ArrayList<>();
        List<PageProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String href : scan.links()) {
            if (seen.add(href)) {
                recordLink(path, ids, href, address.classify(path, href), pending, problems);
            }
        }
        Recorded recorded = new Recorded(ids.length == 0 ? NO_IDS : ids, List.copyOf(pending), List.copyOf(problems));
        putRecorded(path, recorded);
        scanNanos.addAndGet(System.nanoTime() - start);
        return recorded;
    }

    /**
     * Keeps what an earlier build recorded of this very page ({@link KeptScans}: same path, bytes and address);
     * never when external links are kept, as recording gathers those.
     */
    void recordKept(String path, Recorded recorded) {
        addFile(path);
        putRecorded(path, recorded);
    }

    /** The address links are classified against, as {@link KeptScans} keys them; empty when probing externals. */
    Optional<String> describeKeptAddress() {
        return keepExternal ? Optional.empty() : Optional.of(address.describe());
    }

    private void putRecorded(String path, Recorded recorded) {
        idsByPage.put(path, recorded.ids());
        // a page written again (a preview's rebuild) replaces what its earlier version recorded
        Map<String, Set<String>> byPath = pagesByPath;
        if (byPath != null) {
            listPendingLinks(path).forEach(link -> byPath.getOrDefault(link.path(), Set.of()).remove(path));
            recorded.links().forEach(link -> addLinkingPage(byPath, link.path(), path));
        }
        replaceEntry(linksByPage, path, recorded.links());
        replaceEntry(problemsByPage, path, recorded.problems());
    }

    /** Time spent scanning pages so far, summed over the writing threads. */
    long scanNanos() {
        return scanNanos.get();
    }

    private static <T> void replaceEntry(Map<String, List<T>> map, String page, List<T> values) {
        if (values.isEmpty()) {
            map.remove(page);
        } else {
            map.put(page, List.copyOf(values));
        }
    }

    private void recordLink(String page, String[] ids, String href, LinkTarget target, List<PendingLink> pending,
                            List<PageProblem> problems) {
        switch (target.kind()) {
            case SKIP -> { }
            case INTERNAL -> {
                if (UrlPaths.resolveIndexFile(target.path()).equals(page)) {
                    findMissingAnchor(ids, target.fragment()).ifPresent(note -> problems.add(
                            new PageProblem(page, href, PageProblem.Kind.MISSING_ANCHOR, page, target.fragment(), note)));
                } else {
                    pending.add(new PendingLink(intern(href), intern(target.path()), intern(target.fragment())));
                }
            }
            case ABOVE_ROOT -> problems.add(PageProblem.of(page, href, PageProblem.Kind.ABOVE_ROOT, href));
            case OFFSITE -> problems.add(PageProblem.of(page, href, PageProblem.Kind.OFFSITE, target.path()));
            case EXTERNAL -> recordExternal(page, href, target.path(), problems);
        }
    }

    private void recordExternal(String page, String href, String url, List<PageProblem> problems) {
        Optional<String> malformed = UrlSyntax.findProblem(url);
        if (malformed.isPresent()) {
            problems.add(new PageProblem(page, href, PageProblem.Kind.MALFORMED, url, "", malformed.get()));
        } else if (keepExternal) {
            pagesByExternal.computeIfAbsent(url, k -> ConcurrentHashMap.newKeySet()).add(page);
        }
    }

    /**
     * Empty when {@code fragment} is no anchor to check or is on the page; else a note (an id
     * that differs only in case, or nothing).
     */
    static Optional<String> findMissingAnchor(String[] ids, String fragment) {
        if (fragment.isEmpty() || fragment.equalsIgnoreCase("top") || Arrays.binarySearch(ids, fragment) >= 0) {
            return Optional.empty();
        }
        for (String id : ids) {
            if (id.equalsIgnoreCase(fragment)) {
                return Optional.of(id);
            }
        }
        return Optional.of("");
    }

    boolean hasFile(String path) {
        return files.contains(path);
    }

    /** The anchors of a scanned page; empty when {@code path} was not scanned. */
    Optional<String[]> findIds(String path) {
        return Optional.ofNullable(idsByPage.get(path));
    }

    /** The links to other files, by page, sorted by page. */
    Map<String, List<PendingLink>> listPendingLinks() {
        return new TreeMap<>(linksByPage);
    }

    List<PageProblem> listProblems() {
        return problemsByPage.values().stream().flatMap(List::stream).toList();
    }

    /** The problems {@code page} shows on its own. */
    List<PageProblem> listProblems(String page) {
        return problemsByPage.getOrDefault(page, List.of());
    }

    /** The pages written so far that link to another file of the site. */
    Set<String> listLinkingPages() {
        return new TreeSet<>(linksByPage.keySet());
    }

    /**
     * The pages with a link whose path is one of {@code paths}, sorted. Asked after the pages are
     * written (a preview's rebuild), never while they are: the first question indexes every page's links
     * by path, and later writes keep that index current.
     */
    Set<String> listPagesLinkingTo(Set<String> paths) {
        Map<String, Set<String>> byPath = pagesByPath;
        if (byPath == null) {
            byPath = new ConcurrentHashMap<>();
            for (Map.Entry<String, List<PendingLink>> e : linksByPage.entrySet()) {
                for (PendingLink link : e.getValue()) {
                    addLinkingPage(byPath, link.path(), e.getKey());
                }
            }
            pagesByPath = byPath;
        }
        Set<String> out = new TreeSet<>();
        for (String path : paths) {
            out.addAll(byPath.getOrDefault(path, Set.of()));
        }
        return out;
    }

    private static void addLinkingPage(Map<String, Set<String>> byPath, String linkPath, String page) {
        byPath.computeIfAbsent(linkPath, k -> ConcurrentHashMap.newKeySet()).add(page);
    }

    /** The links of one page to other files, or none. */
    List<PendingLink> listPendingLinks(String page) {
        return linksByPage.getOrDefault(page, List.of());
    }

    /** External URL to the pages linking to it, sorted; empty unless probing was asked for. */
    Map<String, Set<String>> listExternalLinks() {
        Map<String, Set<String>> out = new TreeMap<>();
        pagesByExternal.forEach((url, pages) -> out.put(url, new TreeSet<>(pages)));
        return out;
    }

    /** The top-level folders the site has files in ({@code integrations}, {@code assets}...). */
    Set<String> listTopFolders() {
        return new TreeSet<>(topFolders);
    }

    private String intern(String s) {
        String known = interned.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
