package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads a whole build root: every connector folder with a {@code metadata.yaml} and every markdown
 * file under {@code docs/integrations}. A connector whose metadata is invalid is left out of the
 * catalog with its diagnostics; all the others load.
 */
public final class CatalogLoader {

    private final SiteLayout layout;
    private final Workers workers;

    public CatalogLoader(SiteLayout layout, Workers workers) {
        this.layout = layout;
        this.workers = workers;
    }

    public Catalog loadCatalog() throws IOException {
        List<DocPage> docs = workers.mapInOrder(listDocFiles(), this::readDoc);
        DocIndex index = new DocIndex(docs);
        List<ConnectorResult> results = workers.mapInOrder(listConnectorDirs(), dir -> loadConnector(dir, index));
        List<Connector> connectors = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ConnectorResult r : results) {
            r.connector().ifPresent(connectors::add);
            diagnostics.addAll(r.diagnostics());
        }
        List<DocPage> guides = kindIsProject() ? workers.mapInOrder(listMarkdown(layout.guidesDir()), this::readGuide)
                : List.of();
        return new Catalog(connectors, docs, guides, diagnostics);
    }

    /**
     * The catalog with one connector folder read again, as {@link #loadCatalog()} would load it now:
     * replaced or added, or left out with its diagnostics when its metadata is gone or invalid. Docs
     * are not re-read. Lets a preview rebuild only what an edit of one {@code metadata.yaml} touches.
     */
    public Catalog reloadConnector(Catalog catalog, String dir) {
        Path folder = layout.connectorsDir().resolve(dir);
        ConnectorResult result = Files.isRegularFile(folder.resolve("metadata.yaml"))
                ? loadConnector(folder, new DocIndex(catalog.docs()))
                : new ConnectorResult(Optional.empty(), List.of());
        List<Connector> connectors = new ArrayList<>(catalog.connectors());
        connectors.removeIf(c -> c.dir().equals(dir));
        result.connector().ifPresent(connectors::add);
        connectors.sort(Comparator.comparing(Connector::dir));
        List<Diagnostic> diagnostics = new ArrayList<>(catalog.loadDiagnostics());
        diagnostics.removeIf(d -> d.connector().equals(dir));
        diagnostics.addAll(result.diagnostics());
        diagnostics.sort(Comparator.comparing(Diagnostic::connector));
        return new Catalog(connectors, catalog.docs(), catalog.guides(), diagnostics);
    }

    /**
     * The catalog with one markdown file read again (replaced, added, or dropped when it no longer
     * exists): a doc under {@code docs/integrations} or a contribution guide. Every connector whose page
     * or migration guide can resolve to that doc is resolved again; metadata is not re-read. Lets a
     * preview rebuild only what an edit of one doc touches.
     */
    public Catalog reloadDoc(Catalog catalog, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        String relative = layout.relativize(abs);
        boolean exists = Files.isRegularFile(abs);
        if (kindIsProject() && abs.startsWith(layout.guidesDir())) {
            List<DocPage> guides = replaceDoc(catalog.guides(), relative, exists ? Optional.of(readGuide(abs))
                    : Optional.empty());
            return new Catalog(catalog.connectors(), catalog.docs(), guides, catalog.loadDiagnostics());
        }
        if (!abs.startsWith(layout.docsDir().resolve("integrations"))) {
            return catalog;
        }
        Optional<DocPage> doc = exists ? Optional.of(readDoc(abs)) : Optional.empty();
        String urlPath = DocIndex.urlPathOf(layout.docsDir().relativize(abs).toString());
        List<DocPage> docs = replaceDoc(catalog.docs(), relative, doc);
        DocIndex index = new DocIndex(docs);
        List<Connector> connectors = catalog.connectors().stream()
                .map(c -> readsDoc(c, urlPath) ? resolveConnector(layout.connectorsDir().resolve(c.dir()), c.dir(),
                        c.metadataFile(), c.metadata(), index) : c)
                .toList();
        return new Catalog(connectors, docs, catalog.guides(), catalog.loadDiagnostics());
    }

    private static List<DocPage> replaceDoc(List<DocPage> docs, String file, Optional<DocPage> doc) {
        List<DocPage> out = new ArrayList<>(docs);
        out.removeIf(d -> d.file().equals(file));
        doc.ifPresent(out::add);
        out.sort(Comparator.comparing(DocPage::file));
        return out;
    }

    /** Whether the doc at {@code urlPath} is, or could become, the connector's page or migration guide. */
    private static boolean readsDoc(Connector c, String urlPath) {
        String byName = "integrations/" + c.metadata().connectorType().plural() + "/" + c.shortName();
        return urlPath.equals(c.pagePath()) || urlPath.equals(c.pagePath() + "-migrations")
                || urlPath.equals(byName) || DocumentationUrls.findPath(c.metadata().documentationUrl())
                .filter(urlPath::equals).isPresent();
    }

    private record ConnectorResult(Optional<Connector> connector, List<Diagnostic> diagnostics) {
    }

    private ConnectorResult loadConnector(Path dir, DocIndex index) {
        String name = dir.getFileName().toString();
        Path metadataPath = dir.resolve("metadata.yaml");
        String file = layout.relativize(metadataPath);
        String text;
        try {
            text = TextFiles.readUtf8(metadataPath).content();
        } catch (IOException e) {
            return new ConnectorResult(Optional.empty(), List.of(new Diagnostic(FieldValidator.RULE,
                    Severity.ERROR, name, SourcePos.ofFile(file), "cannot read metadata: " + e.getMessage(),
                    "check that the file is readable")));
        }
        MetadataReader.Result result = MetadataReader.readMetadata(name, file, text);
        Optional<Connector> connector = result.metadata().map(m -> resolveConnector(dir, name, file, m, index));
        return new ConnectorResult(connector, result.diagnostics());
    }

    private Connector resolveConnector(Path dir, String name, String file, Metadata m, DocIndex index) {
        String byName = "integrations/" + m.connectorType().plural() + "/" + shortName(name, m);
        Optional<String> urlPath = DocumentationUrls.findPath(m.documentationUrl());
        Optional<DocPage> doc = urlPath.flatMap(index::findDoc).or(() -> index.findDoc(byName));
        String pagePath = doc.map(DocPage::urlPath)
                .or(() -> urlPath.filter(p -> p.startsWith("integrations/")))
                .orElse(byName);
        Optional<MigrationGuide> migrations = index.findDoc(pagePath + "-migrations")
                .map(MigrationGuideParser::parseMigrationGuide);
        Optional<Changelog> changelog = doc.flatMap(d -> selectChangelog(ChangelogParser.parseChangelogs(d), name));
        return new Connector(name, file, m, pagePath, doc, changelog, migrations, findIcon(dir, m));
    }

    /**
     * A connector's own table: the one scoped to its folder name in a shared doc, else the doc's
     * unscoped table, else (one table only) that table.
     */
    static Optional<Changelog> selectChangelog(List<Changelog> tables, String connectorDir) {
        return tables.stream().filter(t -> t.scope().filter(connectorDir::equals).isPresent()).findFirst()
                .or(() -> tables.stream().filter(t -> t.scope().isEmpty()).findFirst())
                .or(() -> tables.size() == 1 ? Optional.of(tables.get(0)) : Optional.empty());
    }

    private Optional<String> findIcon(Path dir, Metadata m) {
        Stream<String> candidates = Stream.concat(m.icon().stream(), Stream.of("icon.svg"));
        return candidates.map(dir::resolve)
                .filter(p -> p.normalize().startsWith(dir) && Files.isRegularFile(p))
                .findFirst()
                .map(layout::relativize);
    }

    private static String shortName(String dir, Metadata m) {
        String prefix = m.connectorType().yamlName() + "-";
        return dir.startsWith(prefix) ? dir.substring(prefix.length()) : dir;
    }

    private DocPage readDoc(Path file) {
        try {
            String below = layout.docsDir().relativize(file).toString();
            return new DocPage(layout.relativize(file), DocIndex.urlPathOf(below), TextFiles.readUtf8(file).content());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private List<Path> listConnectorDirs() throws IOException {
        if (!Files.isDirectory(layout.connectorsDir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(layout.connectorsDir())) {
            return s.filter(p -> Files.isRegularFile(p.resolve("metadata.yaml"))).sorted().toList();
        }
    }

    private List<Path> listDocFiles() throws IOException {
        return listMarkdown(layout.docsDir().resolve("integrations"));
    }

    private static List<Path> listMarkdown(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private boolean kindIsProject() {
        return layout.kind() == dev.sitegen.config.LayoutKind.PROJECT;
    }

    /** A guide is published at {@code contributing/<path without .md>}. */
    private DocPage readGuide(Path file) {
        try {
            String below = layout.root().relativize(file).toString();
            return new DocPage(layout.relativize(file), DocIndex.urlPathOf(below), TextFiles.readUtf8(file).content());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
