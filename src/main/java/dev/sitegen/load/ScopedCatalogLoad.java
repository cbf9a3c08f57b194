package dev.sitegen.load;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog a scoped {@code check} ({@code --only}, {@code --changed-since}) reads: what the checked
 * connectors' findings depend on, and the rest only as far as that needs it. What a checked connector's
 * findings read of the others: their metadata (where every page is placed, collisions included, and the
 * most common documentationUrl host, the inferred site host), their docs' URL paths (placement, which pages
 * exist) and changelog tables (the most common pull-request repository, the inferred repository; which
 * connectors share a table), their icons (which files the site has). No rule reads another connector's spec,
 * and no finding of a checked connector depends on whether another's doc passes the markdown limits, so
 * those are left for {@link #readInFull}: a connector shown on a page the link check renders, or checked
 * once {@code --changed-since} knows the changes, is read again as a whole load reads it.
 */
final class ScopedCatalogLoad {

    private ScopedCatalogLoad() {
    }

    /**
     * The catalog for checking the connectors in {@code checked}: loaded as a whole, judging only their docs
     * against the markdown limits and reading only their specs (most of a load's work).
     */
    static Catalog loadCatalogFor(CatalogLoader loader, Set<String> checked) throws IOException {
        return loader.loadCatalog(Optional.of(checked), checked::contains);
    }

    /**
     * {@code catalog}, read by {@link #loadCatalogFor} for {@code loaded}, with the connectors in {@code fresh}
     * (none of them loaded) as a whole read gives them: specs read, and the docs and migration guides not judged
     * yet judged against the markdown limits, their findings given to connectors as a whole load does.
     */
    static Catalog readInFull(CatalogLoader loader, Catalog catalog, Set<String> loaded, Set<String> fresh) {
        Catalog reloaded = loader.reloadConnectors(catalog, fresh);
        Set<String> judged = listDocFiles(reloaded.connectors(), Optional.of(loaded));
        Set<String> files = new TreeSet<>(listDocFiles(reloaded.connectors(), Optional.of(fresh)));
        files.removeAll(judged);
        List<Diagnostic> limits = new ArrayList<>();
        reloaded.docs().stream().filter(d -> files.contains(d.file()))
                .forEach(d -> limits.addAll(loader.judgeLimits(d)));
        List<Diagnostic> diagnostics = new ArrayList<>(reloaded.loadDiagnostics());
        diagnostics.addAll(DocBlame.blameConnectors(limits, reloaded.connectors(), loader.docsPrefix()));
        return new Catalog(reloaded.connectors(), reloaded.docs(), reloaded.guides(), diagnostics);
    }

    /** The doc and migration guide files of the connectors in {@code judged} (all when empty). */
    static Set<String> listDocFiles(List<Connector> connectors, Optional<Set<String>> judged) {
        Set<String> files = new HashSet<>();
        connectors.stream().filter(c -> judged.map(s -> s.contains(c.dir())).orElse(true)).forEach(c -> {
            c.doc().ifPresent(d -> files.add(d.file()));
            c.migrationGuide().ifPresent(g -> files.add(g.page().file()));
        });
        return files;
    }
}
