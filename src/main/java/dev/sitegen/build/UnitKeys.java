package dev.sitegen.build;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.render.RenderUnitKeys;
import dev.sitegen.render.SiteRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The render units' keys of what a live build last rendered, in memory: the build's render cache keys
 * ({@code render/RenderKeys}), so a part rebuild renders only the units whose key changed. Units are
 * keyed when a part first touches them, from the state the last render was made of (the catalog and
 * findings of the build before the part), since until then that state is exactly what they were rendered
 * from; icons, whose keys read the icon files, are keyed before the first render. The site-wide pages'
 * key is kept from the start, with each connector's share of it, so an edit re-digests only the
 * connectors it touched.
 */
final class UnitKeys {

    private final Map<String, String> units;
    /** Connector dir to its share of the site-wide key ({@link RenderUnitKeys#digestSiteValues}). */
    private final Map<String, String> siteValues;
    private final String site;

    private UnitKeys(Map<String, String> units, Map<String, String> siteValues, String site) {
        this.units = Map.copyOf(units);
        this.siteValues = Map.copyOf(siteValues);
        this.site = site;
    }

    /**
     * The keys of a full render of {@code catalog}, taken before it: the site-wide pages' key and the icons'
     * (their bytes are read from disk, so they cannot be keyed later from the catalog); no other unit yet.
     */
    static UnitKeys keySite(SiteRenderer renderer, Catalog catalog, Workers workers) {
        List<String> digests = workers.mapInOrder(catalog.connectors(), RenderUnitKeys::digestSiteValues);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < digests.size(); i++) {
            values.put(catalog.connectors().get(i).dir(), digests.get(i));
        }
        return new UnitKeys(renderer.unitKeys().keyIconUnits(catalog), values, renderer.unitKeys().keySiteUnit(digests, catalog.guides()));
    }

    /** Starts a part rebuild over the state the last render was made of. */
    Update startUpdate(SiteRenderer renderer, Catalog before, List<Diagnostic> findingsBefore) {
        return new Update(renderer, before, findingsBefore);
    }

    /** One part rebuild's keys; pages may be keyed on several workers at once. */
    final class Update {

        private final SiteRenderer renderer;
        private final Catalog before;
        private final List<Diagnostic> findingsBefore;
        private final Map<String, String> next = new ConcurrentHashMap<>(units);
        private final Map<String, String> nextSiteValues = new HashMap<>(siteValues);
        private String nextSite = site;

        private Update(SiteRenderer renderer, Catalog before, List<Diagnostic> findingsBefore) {
            this.renderer = renderer;
            this.before = before;
            this.findingsBefore = findingsBefore;
        }

        /** The units of the page at {@code pagePath} whose key changed (all of them the first time they differ). */
        Set<String> updatePage(Catalog after, String pagePath, List<Diagnostic> findings) {
            SortedMap<String, String> now = renderer.unitKeys().keyPageUnits(after, pagePath, findings);
            Map<String, String> was = next.keySet().containsAll(now.keySet()) ? next
                    : renderer.unitKeys().keyPageUnits(before, pagePath, findingsBefore);
            Set<String> changed = now.keySet().stream().filter(u -> !now.get(u).equals(next.getOrDefault(u, was.get(u))))
                    .collect(Collectors.toSet());
            next.putAll(now);
            return changed;
        }

        /** Whether the doc (no connector's page) of {@code after} changed what its page shows. */
        boolean updateDoc(Catalog after, DocPage doc) {
            String unit = "doc:" + doc.file();
            String now = renderer.unitKeys().keyDocUnit(after, doc);
            String was = Optional.ofNullable(next.get(unit)).orElseGet(() -> Stream.concat(before.docs().stream(),
                    before.guides().stream()).filter(d -> d.file().equals(doc.file())).findFirst()
                    .map(d -> renderer.unitKeys().keyDocUnit(before, d)).orElse(""));
            next.put(unit, now);
            return !now.equals(was);
        }

        /** Whether the site-wide pages' key changed; only the connectors in {@code affected} are digested again. */
        boolean updateSite(Catalog after, Set<String> affected) {
            boolean sharesChanged = false;
            for (String dir : affected) {
                Optional<String> share = after.findConnector(dir).map(RenderUnitKeys::digestSiteValues);
                sharesChanged |= !share.equals(Optional.ofNullable(nextSiteValues.get(dir)));
                share.ifPresent(d -> nextSiteValues.put(dir, d));
            }
            if (!sharesChanged && after.guides().equals(before.guides())
                    && after.connectors().size() == nextSiteValues.size()) {
                return false;  // the same inputs give the same key: spare digesting every connector's share again
            }
            List<String> digests = after.connectors().stream()
                    .map(c -> nextSiteValues.computeIfAbsent(c.dir(), d -> RenderUnitKeys.digestSiteValues(c))).toList();
            nextSiteValues.keySet().retainAll(after.connectors().stream().map(Connector::dir).collect(Collectors.toSet()));
            String now = renderer.unitKeys().keySiteUnit(digests, after.guides());
            boolean changed = !now.equals(nextSite);
            nextSite = now;
            return changed;
        }

        /** The keys of what this part leaves rendered. */
        UnitKeys finishUpdate() {
            return new UnitKeys(next, nextSiteValues, nextSite);
        }
    }
}
