package dev.sitegen.serve;

import dev.sitegen.build.LiveBuild;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.Site;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.SitePaths;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a change plan into a part rebuild of the {@link LiveBuild}: reloads the changed files, names
 * the connectors they feed, lets the build re-check that part, re-render what changed in it (the render
 * units whose key changed) and re-verify it, and writes the files whose bytes changed into the served folder.
 * Declines (empty result) when the build does; the caller then rebuilds everything.
 */
final class IncrementalBuild {

    /**
     * The new build, the site files rendered and those of them whose bytes changed (both sorted), and the
     * connectors the change touched.
     */
    record Result(LiveBuild build, List<String> renderedFiles, List<String> changedFiles, Set<String> connectors) {
    }

    private IncrementalBuild() {
    }

    static Optional<Result> rebuildPart(LiveBuild live, ChangePlan plan, Workers workers, ServedFiles files)
            throws IOException {
        Site site = live.site();
        Catalog before = site.catalog();
        Catalog after = CatalogUpdates.applyChanges(CatalogLoader.forSite(site, workers), before, plan);
        Set<String> docFiles = plan.docs().stream().map(site.layout()::relativize).collect(Collectors.toSet());
        Set<String> affected = CatalogUpdates.findAffected(before, after, plan, docFiles);
        if (readsNewSnippet(site, after, affected)) {
            // a newly resolved @site import is a site-wide snippet the site was not read with
            return Optional.empty();
        }
        Optional<LiveBuild.Part> part = live.rebuildPart(after, affected, docFiles);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        List<String> changed;
        try {
            changed = files.writeChangedFiles(part.get().files());
            // the search data is no page: written, not reported as rendered or reloaded
            files.replaceSearchData(part.get().searchFiles(), part.get().staleSearchFiles());
        } catch (IOException e) {
            // the search files written are what changed since the last index: after a write that failed half way
            // (a full disk), a later part could not tell which served files are stale; a full rebuild writes all
            return Optional.empty();
        }
        return Optional.of(new Result(part.get().build(), List.copyOf(part.get().files().keySet()), changed, affected));
    }

    private static boolean readsNewSnippet(Site site, Catalog after, Set<String> affected) {
        // named as ConnectorFiles names them: relative to ROOT, normalised
        Set<String> known = site.config().snippets().values().stream()
                .map(v -> site.layout().relativize(site.layout().root().resolve(v).normalize()))
                .collect(Collectors.toSet());
        String docsSite = SitePaths.MONOREPO_DOCS_SITE + "/";
        return affected.stream().map(after::findConnector).flatMap(Optional::stream)
                .flatMap(c -> c.inputs().inputFiles().stream())
                .anyMatch(f -> f.startsWith(docsSite) && !known.contains(f));
    }
}
