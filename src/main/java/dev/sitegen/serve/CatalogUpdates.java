package dev.sitegen.serve;

import dev.sitegen.load.CatalogLoader;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a change plan to the catalog through the loader's single-file reloads, and names the
 * connectors the change touches. A connector whose metadata just became invalid keeps its last good
 * model (its pages stay as they were) while its new {@code metadata-invalid} diagnostics are reported.
 */
final class CatalogUpdates {

    private CatalogUpdates() {
    }

    static Catalog applyChanges(CatalogLoader loader, Catalog catalog, ChangePlan plan) throws IOException {
        Catalog out = catalog;
        for (Path doc : plan.docs()) {
            out = loader.reloadDoc(out, doc);
        }
        for (String dir : plan.connectors()) {
            out = keepLastGood(out, loader.reloadConnector(out, dir), dir);
        }
        return out;
    }

    private static Catalog keepLastGood(Catalog before, Catalog after, String dir) {
        Optional<Connector> previous = before.findConnector(dir);
        if (previous.isEmpty() || after.findConnector(dir).isPresent()) {
            return after;
        }
        List<Connector> connectors = new ArrayList<>(after.connectors());
        connectors.add(previous.get());
        connectors.sort(Comparator.comparing(Connector::dir));
        return new Catalog(connectors, after.docs(), after.guides(), after.loadDiagnostics());
    }

    /**
     * The connectors a change touches: those reloaded, and those that read or looked for one of the
     * changed docs ({@code docFiles} relative to the root) before or after it, sorted.
     */
    static Set<String> findAffected(Catalog before, Catalog after, ChangePlan plan, Set<String> docFiles) {
        Set<String> out = new TreeSet<>(plan.connectors());
        out.addAll(before.findConnectorsReading(docFiles));
        out.addAll(after.findConnectorsReading(docFiles));
        return out;
    }
}
