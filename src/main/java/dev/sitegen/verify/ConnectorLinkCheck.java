package dev.sitegen.verify;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteConfig;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.UrlPaths;
import dev.sitegen.render.LinkSources;
import dev.sitegen.render.SiteFiles;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.SiteSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@code broken-link} findings of {@code check}: those {@code build} reports on the checked
 * connectors' docs and migration guides, judged by the very code {@link SiteVerifier} uses. Only
 * the pages the checked docs are rendered into are rendered, in memory, plus the pages their
 * links need anchors from; every other file of the site is known by name from
 * {@link SiteFiles}, without rendering. Nothing is written.
 */
public final class ConnectorLinkCheck {

    /** A sink that keeps nothing: only the index sees the pages. */
    private static final SiteSink DISCARD = new SiteSink() {
        @Override
        public void writeFile(String path, byte[] content) {
            // the check writes no output
        }

        @Override
        public void copyFile(String path, Path source) {
            // the check writes no output
        }
    };

    private final SiteConfig config;
    private final Catalog catalog;
    private final SiteRenderer renderer;
    private final Workers workers;
    private final AnchorMemo anchors;

    /** @param renderer a renderer set up as {@code build}'s would be, so pages link and name anchors alike */
    public ConnectorLinkCheck(SiteConfig config, Catalog catalog, SiteRenderer renderer, Workers workers) {
        this(config, catalog, renderer, workers, AnchorMemo.none());
    }

    /** As above, taking doc pages rendered only for their anchors from {@code anchors}, which records them. */
    public ConnectorLinkCheck(SiteConfig config, Catalog catalog, SiteRenderer renderer, Workers workers,
                              AnchorMemo anchors) {
        this.config = config;
        this.catalog = catalog;
        this.renderer = renderer;
        this.workers = workers;
        this.anchors = anchors;
    }

    /** The link findings on the docs and migration guides of {@code dirs}, in report order. */
    public List<Diagnostic> checkLinks(Collection<String> dirs) {
        return checkLinks(dirs, needed -> catalog);
    }

    /**
     * As {@link #checkLinks(Collection)} on a catalog whose connectors may be read in part:
     * {@code readInFull} gives the catalog with the named connectors read in full, and is asked for
     * every connector shown on a page before that page is rendered. The files of the site do not depend
     * on what it adds (specs).
     */
    public List<Diagnostic> checkLinks(Collection<String> dirs, Function<Set<String>, Catalog> readInFull) {
        LinkSources sources = renderer.linkSources();
        SiteIndex index = new SiteIndex(SiteAddress.of(sources),
                false);
        SiteFiles files = SiteFiles.planFiles(catalog);
        files.listFiles().forEach(index::recordFile);
        SiteSink sink = new VerifyingSink(DISCARD, index, ScanStore.none());
        Set<String> docFiles = new TreeSet<>();
        Set<String> pages = new TreeSet<>();
        for (String dir : dirs) {
            catalog.findConnector(dir).ifPresent(c -> listPages(c, docFiles, pages));
        }
        // the catalog as read so far: each step reads in full the connectors its pages show
        Catalog read = readInFull.apply(listShownConnectors(catalog, pages, files));
        renderMissing(read, pages, index, files, sink);
        // a link's fragment is judged against its target page's anchors: those pages are rendered too
        Set<String> targets = new TreeSet<>();
        for (String page : pages) {
            for (PendingLink link : index.listPendingLinks(page)) {
                if (!link.fragment().isEmpty()) {
                    InternalLinks.findTargetFile(index, link).ifPresent(targets::add);
                }
            }
        }
        read = readInFull.apply(listShownConnectors(read, targets, files));
        renderTargets(read, targets, index, files, sink);
        List<PageProblem> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(index.listProblems(page)));
        problems.addAll(InternalLinks.resolveLinks(index, pages));
        problems.sort(SiteVerifier.PROBLEM_ORDER);
        SourceBlame blame = new SourceBlame(sources, read, index.listTopFolders());
        List<Diagnostic> found = new ArrayList<>();
        for (PageProblem p : problems) {
            blame.blameProblem(p).stream().map(Finding::diagnostic)
                    .filter(d -> docFiles.contains(d.pos().file()))
                    .forEach(found::add);
        }
        return SiteVerifier.capSeverity(config, found);
    }

    /**
     * The connector's doc, migration guide and spec (its descriptions' links are the Reference section's, on
     * the doc's page, blamed on the spec file), and the pages they are rendered into.
     */
    private static void listPages(Connector c, Set<String> docFiles, Set<String> pages) {
        c.doc().ifPresent(d -> docFiles.add(d.file()));
        c.spec().ifPresent(s -> docFiles.add(s.file()));
        if (c.doc().isPresent() || c.spec().isPresent()) {
            pages.add(UrlPaths.resolveIndexFile(c.pagePath() + "/"));
        }
        c.migrationGuide().ifPresent(g -> {
            docFiles.add(g.page().file());
            pages.add(UrlPaths.resolveIndexFile(g.page().urlPath() + "/"));
        });
    }

    /** The connectors whose values the units of {@code pages} render: every one for a site-wide page. */
    private static Set<String> listShownConnectors(Catalog catalog, Set<String> pages, SiteFiles files) {
        boolean siteWide = pages.stream().anyMatch(files::isSiteWidePage);
        Set<String> unitPaths = new TreeSet<>();
        pages.forEach(p -> files.findConnectorPage(p).ifPresent(unitPaths::add));
        Set<String> dirs = new TreeSet<>();
        catalog.connectors().stream().filter(c -> siteWide || unitPaths.contains(c.pagePath()))
                .forEach(c -> dirs.add(c.dir()));
        return dirs;
    }

    /**
     * Renders the pages whose anchors a checked page's links need, as {@link #renderMissing}, but takes a doc page
     * (no connector's) from the anchor memo when its unit's render key and the site's address are those it was
     * recorded under, and keeps what is rendered of the others. Only for anchors: a target's own links and problems
     * are never reported (those of the checked pages are, and each of them was rendered before this).
     */
    private void renderTargets(Catalog catalog, Set<String> wanted, SiteIndex index, SiteFiles files, SiteSink sink) {
        Optional<String> address = anchors.isKeeping() ? index.describeKeptAddress() : Optional.empty();
        Map<String, String> keys = new TreeMap<>();
        Set<String> left = new TreeSet<>();
        for (String page : wanted) {
            if (index.findIds(page).isPresent()) {
                continue;
            }
            Optional<String> key = address.flatMap(a -> files.findDocUnit(page))
                    .map(doc -> renderer.unitKeys().keyDocUnit(catalog, doc));
            Optional<SiteIndex.Recorded> kept = key.flatMap(k -> anchors.findPage(page, k, address.get()));
            if (kept.isPresent()) {
                index.recordKept(page, kept.get());
                continue;
            }
            key.ifPresent(k -> keys.put(page, k));
            left.add(page);
        }
        renderMissing(catalog, left, index, files, sink);
        keys.forEach((page, key) -> index.findIds(page).ifPresent(ids -> anchors.keepPage(page, key, address.get(),
                new SiteIndex.Recorded(ids, index.listPendingLinks(page), index.listProblems(page)))));
    }

    /** Renders, in parallel, the unit of each page not scanned yet (one unit may write several). */
    private void renderMissing(Catalog catalog, Set<String> wanted, SiteIndex index, SiteFiles files, SiteSink sink) {
        wanted.stream().filter(files::isSiteWidePage).findFirst()
                .filter(p -> index.findIds(p).isEmpty())
                .ifPresent(p -> renderer.renderUnitOf(catalog, files, p, sink));
        List<String> missing = wanted.stream().filter(p -> index.findIds(p).isEmpty()).toList();
        workers.mapInOrder(missing, page -> {
            if (index.findIds(page).isEmpty()) {
                renderer.renderUnitOf(catalog, files, page, sink);
            }
            return page;
        });
    }
}
