package dev.sitegen.serve;

import dev.sitegen.build.LiveBuild;
import dev.sitegen.load.CatalogLoader;
import dev.sitegen.load.Site;
import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
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
        Optional<LiveBuild.Part> part = live.rebuildPart(after, affected, docFiles);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        List<String> changed = files.writeChangedFiles(part.get().files());
        return Optional.of(new Result(part.get().build(), List.copyOf(part.get().files().keySet()), changed, affected));
    }
}
