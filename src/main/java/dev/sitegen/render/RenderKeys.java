package dev.sitegen.render;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    String keyConnectorPage(List<Connector> connectors, Map<String, List<Diagnostic>> findings) {
        ValueDigest digest = new ValueDigest().add(siteKey);
        for (Connector c : connectors) {
            // The changelog is parsed from the doc's text for the connector's folder (load), both in the
            // key already: walking its thousands of rows again was most of the key's cost.
            digest.add(new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(), c.doc(),
                    c.doc().isPresent() ? Optional.empty() : c.changelog(),
                    c.migrationGuide().map(RenderKeys::withoutText), c.iconFile(), c.inputs()));
        }
        for (Connector c : connectors) {
            digest.add(findings.getOrDefault(c.dir(), List.of()));
            digest.add(c.iconFile().map(f -> IconWriter.digestIcon(root, root.resolve(c.metadataFile()).getParent(),
                    root.resolve(f))));
        }
        return digest.digest();
    }

    /** A doc that is not a connector's page (a migration guide, a guide): its own values only. */
    String keyDocPage(DocPage doc) {
        return new ValueDigest().add(siteKey).add(doc).digest();
    }

    /**
     * The site-wide pages (catalog, registry and search data, breaking changes, releases, feeds,
     * calendar, contributing index, checks page, 404, robots.txt): every connector's values except what
     * none of them shows: the markdown text of its doc and migration guide, and where in their files
     * values were written (only connector and contribute pages show positions). The guides, whole.
     */
    String keySitePages(Catalog catalog) {
        // connector by connector on the workers, then one digest of theirs
        List<String> connectors = workers.mapInOrder(catalog.connectors(), c -> ValueDigest.withoutPositions()
                .add(new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(),
                        c.doc().map(RenderKeys::withoutText),
                        c.changelog().map(l -> new Changelog(l.scope(), l.pos(), 0, 0, l.entries())),
                        c.migrationGuide().map(RenderKeys::withoutText), c.iconFile(), c.inputs()))
                .digest());
        return ValueDigest.withoutPositions().add(siteKey).add(catalog.guides()).add(connectors).digest();
    }

    private static MigrationGuide withoutText(MigrationGuide guide) {
        return new MigrationGuide(withoutText(guide.page()), guide.sections());
    }

    private static DocPage withoutText(DocPage doc) {
        return new DocPage(doc.file(), doc.urlPath(), "");
    }
}
