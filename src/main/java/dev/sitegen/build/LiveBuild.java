package dev.sitegen.build;

import dev.sitegen.config.ConfigException;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.publish.OutputLock;
import dev.sitegen.publish.StagedOutput;
import dev.sitegen.render.LiveSearchIndex;
import dev.sitegen.render.RenderCache;
import dev.sitegen.render.SearchSection;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.render.SiteSink;
import dev.sitegen.verify.SiteVerifier;
import dev.sitegen.verify.VerifyOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A build kept alive for a preview: published like {@code build} (parallel checks, link verification,
 * staged and swapped in) but whatever its findings, and then rebuilt in parts. A part re-checks the
 * connectors an edit touched, re-renders in memory the render units of theirs whose key changed (the
 * build's render cache keys, kept in memory: a page's HTML, each connector's icon, API document and
 * contribute page, an edited doc, the site-wide pages) and re-verifies the links of the pages written and
 * of those leading to them. Each rebuild returns a new value; the renderer and the verifier's index are
 * shared, and the index takes a part's pages only once every one of them rendered.
 */
public final class LiveBuild {

    private final Build build;
    private final SiteRenderer renderer;
    private final SiteVerifier verifier;
    private final ScopedChecks scoped;
    private final List<Diagnostic> checks;
    private final SortedMap<String, List<Diagnostic>> links;
    private final List<Diagnostic> diagnostics;
    private final int pages;
    private final UnitKeys keys;
    /** The search data of every page's entries as last rendered: a part rebuild re-indexes its pages only. */
    private final LiveSearchIndex search;

    private LiveBuild(Build build, SiteRenderer renderer, SiteVerifier verifier, ScopedChecks scoped,
                      List<Diagnostic> checks, SortedMap<String, List<Diagnostic>> links, int pages, UnitKeys keys,
                      LiveSearchIndex search) {
        this.build = build;
        this.search = search;
        this.keys = keys;
        this.renderer = renderer;
        this.verifier = verifier;
        this.scoped = scoped;
        this.checks = List.copyOf(checks);
        this.links = Collections.unmodifiableSortedMap(new TreeMap<>(links));
        this.pages = pages;
        this.diagnostics = Stream.concat(this.checks.stream(), this.links.values().stream().flatMap(List::stream))
                .sorted(Diagnostic.REPORT_ORDER).distinct().toList();
    }

    /**
     * What a part rebuild wrote (site path to bytes, sorted), the build after it, and the search files whose bytes
     * changed and those the search data no longer has (both empty unless the part re-indexed a page).
     */
    public record Part(LiveBuild build, SortedMap<String, byte[]> files, SortedMap<String, byte[]> searchFiles,
                       SortedSet<String> staleSearchFiles) {
    }

    /**
     * Checks, renders and verifies the whole site into the output folder {@code out} (staged beside
     * it and swapped in, so a reader sees the last complete site until then).
     */
    public static LiveBuild publishSite(Build build, RenderOptions render, OutputRequest request)
            throws ConfigException, IOException {
        Site site = build.site();
        List<Diagnostic> checks = build.runChecks(CheckScope.all());
        SiteRenderer renderer = build.createRenderer(render);
        SiteVerifier verifier = new SiteVerifier(VerifyOptions.of(site.config(), site.catalog(),
                renderer.linkSources()));
        Path target = OutputTarget.checkOutput(site.layout(), OutputPolicy.of(site.layout()), request, false);
        // keyed before rendering: an icon edited meanwhile then differs from its key, and its edit re-renders it
        UnitKeys keys = UnitKeys.keySite(renderer, site.catalog(), build.workers());
        // cold: serve never re-uses files, but keeps what the units indexed
        RenderCache cache = RenderCache.cold();
        int pages;
        try (OutputLock lock = OutputTarget.lockOutput(target, request); StagedOutput output = StagedOutput.begin(lock)) {
            // the preview's workers outlive a failed build: every parallel step of rendering has settled
            // when its failure reaches here, so nothing writes while closing the output deletes the staging
            pages = renderer.renderSite(site.catalog(), checks, verifier.wrap(output), cache);
            output.commit(SitePublisher.summarizeBuild(site.catalog(), render.asOf(), build.countFindings(checks)));
        }
        // the served search data as its writer wrote it, kept so a part re-encodes only what its pages change
        LiveSearchIndex search = LiveSearchIndex.indexAll(cache.listSearchSections());
        return new LiveBuild(build, renderer, verifier, ScopedChecks.pinFacts(site.config(), site.facts()), checks,
                verifier.verifyAllPages(site.catalog()), pages, keys, search);
    }

    public Site site() {
        return build.site();
    }

    /** Every finding, checks and links, in report order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** HTML pages of the last full build. */
    public int pages() {
        return pages;
    }

    /**
     * Rebuilds what an edit touched: {@code after} is the catalog with the edited files read again,
     * {@code affected} the connectors they feed, {@code docFiles} the edited docs (relative to ROOT).
     * Renders only the units whose key changed: the pages, icons, API documents and contribute pages of
     * the affected connectors, the edited docs that are no connector's page, and the site-wide pages.
     * Empty when the edit moves a page or the repository the pages link to: only a full build can do that.
     */
    public Optional<Part> rebuildPart(Catalog after, Set<String> affected, Set<String> docFiles) {
        Catalog before = site().catalog();
        if (movesPages(before, after, affected) || movesRepository(before, after, affected)) {
            return Optional.empty();
        }
        List<Diagnostic> rechecked = affected.isEmpty() ? checks
                : ScopedChecks.mergeFindings(checks, affected, scoped.runChecks(after, affected));
        MemorySink sink = new MemorySink();
        UnitKeys.Update nextKeys = keys.startUpdate(renderer, before, checks);
        renderPart(after, affected, docFiles, rechecked, nextKeys, sink);
        if (nextKeys.updateSite(after, affected)) {
            renderer.renderIndexPages(after, sink);
        }
        SiteSink recorder = verifier.wrap(new MemorySink());
        sink.files().forEach(recorder::writeFile);
        SortedMap<String, List<Diagnostic>> relinked = new TreeMap<>(links);
        relinked.putAll(verifier.verifyPages(after, sink.files().keySet()));
        Map<String, List<SearchSection>> reindexed = new TreeMap<>();
        sink.searchSections().values().forEach(s -> reindexed.put(s.get(0).page(), s));
        LiveSearchIndex.Update indexed = reindexed.isEmpty()
                ? new LiveSearchIndex.Update(search, new TreeMap<>(), new TreeSet<>())
                : search.replacePages(reindexed);
        LiveBuild next = new LiveBuild(Build.of(site().withCatalog(after), build.workers()), renderer, verifier,
                scoped, rechecked, relinked, pages, nextKeys.finishUpdate(), indexed.index());
        return Optional.of(new Part(next, sink.files(), indexed.changedFiles(), indexed.removedFiles()));
    }

    private void renderPart(Catalog catalog, Set<String> affected, Set<String> docFiles, List<Diagnostic> found,
                            UnitKeys.Update nextKeys, SiteSink sink) {
        List<String> paths = affected.stream().flatMap(dir -> catalog.findConnector(dir).stream())
                .map(Connector::pagePath).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        build.workers().mapInOrder(paths, page -> {
            renderer.renderPageUnits(catalog, page, nextKeys.updatePage(catalog, page, found), found, sink);
            return page;
        });
        Set<String> connectorPages = catalog.connectors().stream().map(Connector::pagePath).collect(Collectors.toSet());
        // a connector's guide and sub-pages show its name and pages in their breadcrumbs and navigation
        Set<String> showing = affected.isEmpty() ? Set.of() : renderer.listDocsShowing(catalog, affected);
        Stream.concat(catalog.docs().stream(), catalog.guides().stream())
                .filter(d -> (docFiles.contains(d.file()) || showing.contains(d.file()))
                        && !connectorPages.contains(d.urlPath()))
                .sorted(Comparator.comparing(DocPage::file))
                .filter(d -> nextKeys.updateDoc(catalog, d))
                .forEach(d -> renderer.renderDocPage(catalog, d, sink));
    }

    /** A connector appeared, disappeared, or its page or documentationUrl (and so the site's host) moved. */
    private static boolean movesPages(Catalog before, Catalog after, Set<String> affected) {
        for (String dir : affected) {
            Optional<Connector> was = before.findConnector(dir);
            Optional<Connector> now = after.findConnector(dir);
            if (was.isPresent() != now.isPresent()) {
                return true;
            }
            if (was.isPresent() && (!was.get().pagePath().equals(now.get().pagePath())
                    || !was.get().metadata().documentationUrl().equals(now.get().metadata().documentationUrl()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether changed changelog links move the repository the renderer and the checks were built with. */
    private boolean movesRepository(Catalog before, Catalog after, Set<String> affected) {
        return ScopedChecks.changesPullRequestLinks(before, after, affected)
                && !SiteFactsInference.inferFacts(site().config(), after).repositoryUrl()
                .equals(site().facts().repositoryUrl());
    }

    /** A part's files, in memory until every page rendered, then handed over whole. */
    private static final class MemorySink implements SiteSink {

        private final ConcurrentSkipListMap<String, byte[]> written = new ConcurrentSkipListMap<>();
        private final ConcurrentSkipListMap<String, List<SearchSection>> sections = new ConcurrentSkipListMap<>();

        @Override
        public void addSearchSections(String file, List<SearchSection> found) {
            if (!found.isEmpty()) {
                sections.put(file, List.copyOf(found));
            }
        }

        /** The search entries of the pages rendered, by page file. */
        SortedMap<String, List<SearchSection>> searchSections() {
            return Collections.unmodifiableSortedMap(sections);
        }

        @Override
        public void writeFile(String path, byte[] content) {
            written.put(path, content.clone());
        }

        @Override
        public void copyFile(String path, Path source) {
            try {
                written.put(path, Files.readAllBytes(source));
            } catch (IOException e) {
                throw new UncheckedIOException("copying " + source, e);
            }
        }

        SortedMap<String, byte[]> files() {
            return Collections.unmodifiableSortedMap(written);
        }
    }
}
