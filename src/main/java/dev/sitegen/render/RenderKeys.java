package dev.sitegen.render;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The key of each render unit: a digest of exactly the values its files show, plus the site-wide
 * settings ({@code siteKey}). The generator's own version (its templates and assets included) and the
 * build options are checked by whoever stores the cache, for the whole cache at once.
 */
final class RenderKeys {

    private final String siteKey;
    private final Path root;

    RenderKeys(String siteKey, Path root) {
        this.siteKey = siteKey;
        this.root = root;
    }

    /**
     * A connector page: its connectors' values (doc text, changelog, migration guide and metadata), their
     * findings (shown on their contribute pages) and the bytes of their icons.
     */
    String keyConnectorPage(List<Connector> connectors, Map<String, List<Diagnostic>> findings) {
        ValueDigest digest = new ValueDigest().add(siteKey).add(connectors);
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
        ValueDigest digest = ValueDigest.withoutPositions().add(siteKey).add(catalog.guides());
        for (Connector c : catalog.connectors()) {
            digest.add(new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(), c.doc().map(RenderKeys::withoutText),
                    c.changelog().map(l -> new Changelog(l.scope(), l.pos(), 0, 0, l.entries())), c.migrationGuide().map(g -> new MigrationGuide(withoutText(g.page()), g.sections())),
                    c.iconFile()));
        }
        return digest.digest();
    }

    private static DocPage withoutText(DocPage doc) {
        return new DocPage(doc.file(), doc.urlPath(), "");
    }
}
