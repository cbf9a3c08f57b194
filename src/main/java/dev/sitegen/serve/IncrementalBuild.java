package dev.sitegen.serve;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.Site;
import dev.sitegen.load.SiteFactsInference;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.render.SiteRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds only what a change plan touches: reloads the changed files, re-checks the affected
 * connectors, re-renders their pages (and changed docs that are no connector's page), and the
 * catalog-wide pages only when their input values changed. Everything renders into memory first and
 * only files whose bytes changed are written. Declines (empty result) when the change moves a page or
 * changes a site-wide fact the renderer was built with; the caller then rebuilds everything.
 */
final class IncrementalBuild {

    /** The new state, the site files whose bytes changed, and the connectors the change touched. */
    record Result(SiteState state, List<String> changedFiles, Set<String> connectors) {
    }

    private IncrementalBuild() {
    }

    static Optional<Result> rebuildPart(SiteState state, ChangePlan plan, Workers workers, ServedFiles files)
            throws IOException {
        Site site = state.site();
        Catalog before = site.catalog();
        Catalog after = CatalogUpdates.applyChanges(CatalogLoader.forSite(site, workers), before, plan);
        Set<String> docFiles = plan.docs().stream().map(site.layout()::relativize).collect(Collectors.toSet());
        Set<String> affected = CatalogUpdates.findAffected(before, after, plan, docFiles);
        if (movesPages(before, after, affected) || movesRepository(state, before, after, affected)) {
            return Optional.empty();
        }
        List<Diagnostic> diagnostics = recheck(state, after, affected);
        MemorySink sink = new MemorySink();
        renderPages(state.renderer(), after, affected, docFiles, diagnostics, workers, sink);
        if (IndexInputs.changesIndexInputs(before, after, affected)) {
            state.renderer().renderIndexPages(after, sink);
        }
        List<String> changed = files.writeChangedFiles(sink.listFiles());
        SiteState next = new SiteState(site.withCatalog(after), state.renderer(), diagnostics, state.checks());
        return Optional.of(new Result(next, changed, affected));
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
    private static boolean movesRepository(SiteState state, Catalog before, Catalog after, Set<String> affected) {
        return ScopedChecks.changesPullRequestLinks(before, after, affected)
                && !SiteFactsInference.inferFacts(state.site().config(), after).repositoryUrl()
                .equals(state.site().facts().repositoryUrl());
    }

    /** The previous findings with the affected connectors' replaced by a fresh check of them. */
    private static List<Diagnostic> recheck(SiteState state, Catalog after, Set<String> affected) {
        if (affected.isEmpty()) {
            return state.diagnostics();
        }
        return ScopedChecks.mergeFindings(state.diagnostics(), affected, state.checks().runChecks(after, affected));
    }

    private static void renderPages(SiteRenderer renderer, Catalog catalog, Set<String> affected, Set<String> docFiles,
                                    List<Diagnostic> diagnostics, Workers workers, MemorySink sink) {
        List<String> pages = affected.stream().flatMap(dir -> catalog.findConnector(dir).stream())
                .map(Connector::pagePath).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        workers.mapInOrder(pages, page -> {
            renderer.renderConnectorPage(catalog, page, diagnostics, sink);
            return page;
        });
        Set<String> connectorPages = catalog.connectors().stream().map(Connector::pagePath).collect(Collectors.toSet());
        Stream.concat(catalog.docs().stream(), catalog.guides().stream())
                .filter(d -> docFiles.contains(d.file()) && !connectorPages.contains(d.urlPath()))
                .sorted(java.util.Comparator.comparing(DocPage::file))
                .forEach(d -> renderer.renderDocPage(d, sink));
    }
}
