package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The key of each render unit: a digest of exactly the values its files show, plus the site-wide
 * settings ({@code siteKey}). The generator's own version (its templates and assets included) and the
 * build options are checked by whoever stores the cache, for the whole cache at once.
 */
final class RenderKeys {

    private final String siteKey;
    private final Path root;
    private final Workers workers;

    RenderKeys(String siteKey, Path root, Workers workers) {
        this.siteKey = siteKey;
        this.root = root;
        this.workers = workers;
    }

    /**
     * A connector page: its connectors' values (doc text and so the changelog parsed from it, metadata, the migration guide's
     * sections but not its text, which the guide's own page shows), their findings (shown on their
     * contribute pages) and the bytes of their icons.
     */
    String keyConnectorPage(List<Connector> connectors, Map<String, List<Diagnostic>> findings, PageTrails trails) {
        ValueDigest digest = new ValueDigest().add(siteKey);
        addSubPages(digest, connectors, trails);
        for (Connector c : connectors) {
            // The changelog is parsed from the doc's text for the connector's folder (load), both in the
            // key already: walking its thousands of rows again was most of the key's cost.
            digest.add(withoutGuideText(c));
        }
        for (Connector c : connectors) {
            digest.add(findings.getOrDefault(c.dir(), List.of()));
            digest.add(c.iconFile().map(f -> IconWriter.digestIcon(root, root.resolve(c.metadataFile()).getParent(),
                    root.resolve(f))));
        }
        return digest.digest();
    }

    /**
     * A connector page's HTML alone, for serve, which renders a page apart from its connectors' icons, API
     * documents and contribute pages: the values {@link #keyConnectorPage} counts, without the findings and
     * icon bytes that only those other files show.
     */
    String keyPageHtml(List<Connector> connectors, PageTrails trails) {
        ValueDigest digest = new ValueDigest().add(siteKey);
        addSubPages(digest, connectors, trails);
        connectors.forEach(c -> digest.add(withoutGuideText(c)));
        return digest.digest();
    }

    /**
     * A connector's API document: the values the site-wide pages show of it ({@link #digestSiteValues}) and
     * its spec (fields and streams), which only the API document and the connector's own page show.
     */
    String keyApiDocument(String siteValues, Connector c) {
        return new ValueDigest().add(siteKey).add(siteValues).add(ValueDigest.withoutPositions().add(c.spec()).digest())
                .digest();
    }

    /**
     * A connector's contribute page: the values the site-wide pages show of it, the streams it lists (of the
     * spec, the one part it shows) and its findings.
     */
    String keyContributePage(String siteValues, Connector c, List<Diagnostic> findings) {
        return new ValueDigest().add(siteKey).add(siteValues).add(ContributePages.listStreams(c))
                .add(c.listKnownStreams().isPresent()).add(findings).digest();
    }

    /** A connector's published icon: where it goes and the bytes it is written from. */
    String keyIcon(Connector c) {
        return new ValueDigest().add(c.dir()).add(c.iconFile()).add(c.iconFile().map(f -> IconWriter.digestIcon(root,
                root.resolve(c.metadataFile()).getParent(), root.resolve(f)))).digest();
    }

    /**
     * A doc that is not a connector's page (a migration guide, a guide): its own values, and for a connector's
     * guide or sub-page what its breadcrumbs and navigation show of the connector (name, type, its pages).
     */
    String keyDocPage(DocPage doc, PageTrails trails) {
        ValueDigest digest = new ValueDigest().add(siteKey).add(doc);
        trails.findOwner(doc).ifPresent(c -> digest.add(c.metadata().name()).add(c.metadata().connectorType().yamlName())
                .add(c.dir()).add(c.pagePath()).add(c.migrationGuide().map(g -> g.page().urlPath()))
                .add(trails.listSubPages(c)));
        return digest.digest();
    }

    /** The sub-pages the connectors' navigation lists (a page and its contribute pages show them). */
    private static void addSubPages(ValueDigest digest, List<Connector> connectors, PageTrails trails) {
        connectors.forEach(c -> digest.add(trails.listSubPages(c)));
    }

    /** The search page shows the site-wide settings alone (title, root). */
    String keySearchPage() {
        return new ValueDigest().add(siteKey).add(SearchResultsPage.FILE).digest();
    }

    /**
     * The site-wide pages (catalog, registry and search data, breaking changes, releases, feeds,
     * calendar, contributing index, checks page, 404, robots.txt): every connector's values except what
     * none of them shows: the markdown text of its doc and migration guide, and where in their files
     * values were written (only connector and contribute pages show positions). The guides, whole.
     */
    String keySitePages(Catalog catalog) {
        // connector by connector on the workers, then one digest of theirs
        return keySitePages(workers.mapInOrder(catalog.connectors(), RenderKeys::digestSiteValues), catalog.guides());
    }

    /**
     * The site-wide pages' key from each connector's {@link #digestSiteValues} (in catalog order) and the
     * guides: serve keeps the connectors' digests and recomputes only those of the connectors an edit touched.
     */
    String keySitePages(List<String> connectorDigests, List<DocPage> guides) {
        return ValueDigest.withoutPositions().add(siteKey).add(guides).add(connectorDigests).digest();
    }

    /**
     * One connector's values as the site-wide pages show them: all but the markdown text of its doc and
     * migration guide, its spec and positions. No site-wide page shows anything of a spec (the connector's
     * page, API document and contribute page do, each keyed with it), so a spec edit leaves them alone.
     */
    static String digestSiteValues(Connector c) {
        return ValueDigest.withoutPositions()
                .add(new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(),
                        c.doc().map(RenderKeys::withoutText), Optional.empty(),
                        c.migrationGuide().map(RenderKeys::withoutText), c.iconFile(), c.inputs(), Optional.empty()))
                .add(c.changelog().map(Changelog::scope))
                .add(c.changelog().map(l -> digestEntries(l.entries())))
                .digest();
    }

    /**
     * A changelog's rows (not where the table is: the site-wide pages show none of it) by their own digest, which
     * a long-lived process remembers for the very list (the load hands it the same table while the doc is
     * unchanged): walking every connector's rows was most of the site-wide pages' key.
     */
    private static String digestEntries(List<ChangelogEntry> entries) {
        return IdentityMemo.findOrMake(entries, IdentityMemo.Kind.DIGEST,
                () -> ValueDigest.withoutPositions().add(entries).digest());
    }

    private static Connector withoutGuideText(Connector c) {
        return new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(), c.doc(),
                c.doc().isPresent() ? Optional.empty() : c.changelog(),
                c.migrationGuide().map(RenderKeys::withoutText), c.iconFile(), c.inputs(), c.spec());
    }

    private static MigrationGuide withoutText(MigrationGuide guide) {
        return new MigrationGuide(withoutText(guide.page()), guide.sections(), new TreeSet<>());
    }

    private static DocPage withoutText(DocPage doc) {
        return new DocPage(doc.file(), doc.urlPath(), "");
    }
}
