package dev.sitegen.load;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The serve-time reloads of a loaded catalog: one connector folder or one markdown file read again, and
 * only what reads it resolved and placed again, so that a preview rebuilds what one edit touches. Apart
 * from {@link CatalogLoader} (the full load, which it borrows connector loading and resolution from) since
 * patching a catalog in place owns its own questions: which diagnostics an edit replaces, and when pages
 * need placing again.
 */
final class CatalogReloads {

    private final CatalogLoader loader;
    private final SiteLayout layout;
    private final Workers workers;

    CatalogReloads(CatalogLoader loader, SiteLayout layout, Workers workers) {
        this.loader = loader;
        this.layout = layout;
        this.workers = workers;
    }

    /** As {@link CatalogLoader#reloadConnector} for each of {@code dirs}, pages placed once. */
    Catalog reloadConnectors(Catalog catalog, Set<String> dirs) {
        DocIndex index = new DocIndex(catalog.docs());
        InputGate gate = new InputGate(layout);
        List<Connector> connectors = new ArrayList<>(catalog.connectors());
        List<Diagnostic> diagnostics = new ArrayList<>(catalog.loadDiagnostics());
        List<String> sorted = List.copyOf(new TreeSet<>(dirs));
        List<CatalogLoader.ConnectorResult> results = workers.mapInOrder(sorted, dir -> {
            Path folder = layout.connectorsDir().resolve(dir);
            return InputGate.existsAsEntry(folder.resolve(SitePaths.METADATA_FILE))
                    ? loader.loadConnector(folder, index, gate, true)
                    : new CatalogLoader.ConnectorResult(Optional.empty(), List.of());
        });
        for (int i = 0; i < sorted.size(); i++) {
            String dir = sorted.get(i);
            Path folder = layout.connectorsDir().resolve(dir);
            CatalogLoader.ConnectorResult result = results.get(i);
            connectors.removeIf(c -> c.dir().equals(dir));
            result.connector().ifPresent(connectors::add);
            String prefix = layout.relativize(folder) + "/";
            diagnostics.removeIf(d -> d.connector().equals(dir) && d.pos().file().startsWith(prefix));
            diagnostics.addAll(result.diagnostics());
        }
        connectors.sort(Comparator.comparing(Connector::dir));
        PagePlacement.Result placed = replacePlacement(connectors, index, diagnostics);
        diagnostics.sort(Comparator.comparing(Diagnostic::connector));
        return new Catalog(placed.connectors(), catalog.docs(), catalog.guides(), diagnostics);
    }

    /** As {@link CatalogLoader#reloadDoc}: the doc replaced, and only the connectors reading it resolved again. */
    Catalog reloadDoc(Catalog catalog, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        String relative = layout.relativize(abs);
        boolean guide = loader.kindIsProject() && abs.startsWith(layout.guidesDir());
        if (!guide && !abs.startsWith(layout.docsDir().resolve("integrations"))) {
            return catalog;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(catalog.loadDiagnostics());
        diagnostics.removeIf(d -> d.pos().file().equals(relative));
        Optional<DocPage> doc = Optional.empty();
        List<Diagnostic> fresh = List.of();
        if (InputGate.existsAsEntry(abs)) {
            DocReader.Result read = DocReader.readDocFile(layout, new InputGate(layout), abs, guide, true);
            doc = read.doc();
            fresh = read.diagnostics();
        }
        if (guide) {
            diagnostics.addAll(fresh);
            return new Catalog(catalog.connectors(), catalog.docs(), replaceDoc(catalog.guides(), relative, doc),
                    diagnostics);
        }
        List<DocPage> docs = replaceDoc(catalog.docs(), relative, doc);
        DocIndex index = new DocIndex(docs);
        boolean samePlaces = keepsUrlPath(catalog.docs(), relative, doc);
        List<Connector> connectors = catalog.connectors().stream()
                .map(c -> c.inputs().dependsOn(relative) ? resolveAgain(c, index, samePlaces) : c)
                .toList();
        if (samePlaces) {
            // the other findings were given their connectors already, and the places that decide it did not
            // change; whichever connector a doc's findings go to looked for that doc
            diagnostics.addAll(DocBlame.blameConnectors(fresh, connectors.stream()
                    .filter(c -> c.inputs().dependsOn(relative)).toList(), loader.docsPrefix()));
            return new Catalog(connectors, docs, catalog.guides(), diagnostics);
        }
        diagnostics.addAll(fresh);
        connectors = replacePlacement(connectors, index, diagnostics).connectors();
        return new Catalog(connectors, docs, catalog.guides(),
                DocBlame.blameConnectors(diagnostics, connectors, loader.docsPrefix()));
    }

    /**
     * Whether the doc at {@code file} was there before and keeps its URL path: then every connector asks
     * for the page it asked for, so placing them all again (a look at every documentationUrl, most of a
     * doc edit's reload) would move the same ones and say the same.
     */
    private static boolean keepsUrlPath(List<DocPage> before, String file, Optional<DocPage> now) {
        return now.isPresent() && before.stream().anyMatch(d -> d.file().equals(file)
                && d.urlPath().equals(now.get().urlPath()));
    }

    /** A connector reading a changed doc, resolved again; kept where placement put it when nothing moves. */
    private Connector resolveAgain(Connector c, DocIndex index, boolean samePlaces) {
        ConnectorInputs folder = ConnectorFiles.keepFolderFiles(c);
        if (samePlaces && !PagePlacement.choosePagePath(c.dir(), c.metadata(), index).equals(c.pagePath())) {
            // placement moved it to its fallback, and would again
            return loader.resolveAt(c.dir(), c.metadataFile(), c.metadata(), index, c.iconFile(), folder, c.spec(),
                    Optional.empty());
        }
        return loader.resolveConnector(c.dir(), c.metadataFile(), c.metadata(), index, c.iconFile(), folder, c.spec());
    }

    private static List<DocPage> replaceDoc(List<DocPage> docs, String file, Optional<DocPage> doc) {
        List<DocPage> out = new ArrayList<>(docs);
        out.removeIf(d -> d.file().equals(file));
        doc.ifPresent(out::add);
        out.sort(Comparator.comparing(DocPage::file));
        return out;
    }

    /** Places the pages again after one connector or doc changed, replacing the placement's findings. */
    private PagePlacement.Result replacePlacement(List<Connector> connectors, DocIndex index,
                                                  List<Diagnostic> diagnostics) {
        PagePlacement.Result placed = loader.placePages(connectors, index);
        diagnostics.removeIf(d -> d.rule().equals(PagePlacement.RULE));
        diagnostics.addAll(placed.diagnostics());
        return placed;
    }
}
