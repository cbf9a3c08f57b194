package dev.sitegen.load;

import dev.sitegen.concurrent.Workers;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Loads a whole build root: every connector folder with a {@code metadata.yaml} and every markdown
 * file under {@code docs/integrations}. A connector whose metadata is invalid is left out of the
 * catalog with its diagnostics; all the others load. Input may come from a stranger's pull request:
 * every file passes the {@link InputGate} and is read from the real path it admitted (nothing outside its
 * area, nothing hidden), files over a size limit are refused before they are read, and every refusal is a
 * diagnostic, never a silent skip.
 */
public final class CatalogLoader {

    private final SiteLayout layout;
    private final Workers workers;
    private final ConnectorFiles files;
    private final LoadMemo memo;

    /** A loader for a root without snippets (or whose connectors' inputs need not name them). */
    public CatalogLoader(SiteLayout layout, Workers workers) {
        this(layout, workers, Map.of(), Map.of());
    }

    /**
     * @param snippetPaths MDX component name to its snippet's path, as {@code site.yaml} maps it
     * @param snippetTexts MDX component name to the snippet's text, as read
     */
    CatalogLoader(SiteLayout layout, Workers workers, Map<String, String> snippetPaths,
                  Map<String, String> snippetTexts) {
        this(layout, workers, snippetPaths, snippetTexts, new SiteImports(layout));
    }

    /** @param siteImports resolves the {@code @site/} imports of the docs as they load */
    CatalogLoader(SiteLayout layout, Workers workers, Map<String, String> snippetPaths,
                  Map<String, String> snippetTexts, SiteImports siteImports) {
        this(layout, workers, new ConnectorFiles(layout, snippetPaths, snippetTexts, siteImports), LoadMemo.none());
    }

    private CatalogLoader(SiteLayout layout, Workers workers, ConnectorFiles files, LoadMemo memo) {
        this.layout = layout;
        this.workers = workers;
        this.files = files;
        this.memo = memo;
    }

    /** This loader taking what did not change of connectors' folders from {@code memo} (a published build's full load). */
    CatalogLoader withMemo(LoadMemo memo) {
        return new CatalogLoader(layout, workers, files, memo);
    }

    /** A loader for reloading parts of {@code site}, resolving connectors as {@link SiteReader} did. */
    public static CatalogLoader forSite(Site site, Workers workers) {
        return new CatalogLoader(site.layout(), workers, site.config().snippets(), site.snippets());
    }

    public Catalog loadCatalog() throws IOException {
        return loadCatalog(Optional.empty());
    }

    /**
     * Loads the whole catalog, judging against the markdown limits only the docs of the connectors in
     * {@code judged} (all when empty): {@code check --only} reports nothing about the other docs, and
     * judging is most of the cost of reading a doc. Everything else loads as for a build.
     */
    public Catalog loadCatalog(Optional<Set<String>> judged) throws IOException {
        return loadCatalog(judged, dir -> true);
    }

    /**
     * As {@link #loadCatalog(Optional)}, reading the specs of the connectors {@code readsSpec} accepts only
     * (the others as if they had none, until {@link ScopedCatalogLoad#readInFull}).
     */
    Catalog loadCatalog(Optional<Set<String>> judged, Predicate<String> readsSpec) throws IOException {
        InputGate gate = new InputGate(layout);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Path integrations = layout.docsDir().resolve("integrations");
        InputGate.Listing listing = gate.listFiles(integrations, ".md", layout.docsDir());
        listing.refused().forEach(r -> diagnostics.add(DocReader.refused(layout.relativize(r.path()), r.reason())));
        List<DocReader.Result> read = workers.mapInOrder(listing.files(),
                f -> memo.readDoc(f, gate, () -> DocReader.readDocFile(layout, gate, f, false, false)));
        List<DocPage> docs = read.stream().flatMap(r -> r.doc().stream()).toList();
        DocIndex index = new DocIndex(docs);
        List<Diagnostic> dirDiagnostics = new ArrayList<>();
        List<Path> dirs = ConnectorDirs.listConnectorDirs(layout, gate, dirDiagnostics);
        List<ConnectorResult> results = workers.mapInOrder(dirs,
                dir -> loadConnector(dir, index, gate, readsSpec.test(dir.getFileName().toString())));
        List<Connector> resolved = new ArrayList<>();
        results.forEach(r -> r.connector().ifPresent(resolved::add));
        PagePlacement.Result placed = placePages(resolved, index);
        List<Connector> connectors = placed.connectors();
        Set<String> judgedFiles = ScopedCatalogLoad.listDocFiles(connectors, judged);
        List<List<Diagnostic>> limits = workers.mapInOrder(read, r -> r.doc()
                .filter(d -> judged.isEmpty() || judgedFiles.contains(d.file()))
                .map(memo::judgeLimits).orElse(List.of()));
        for (int i = 0; i < read.size(); i++) {
            diagnostics.addAll(read.get(i).diagnostics());
            diagnostics.addAll(limits.get(i));
        }
        diagnostics.addAll(dirDiagnostics);
        results.forEach(r -> diagnostics.addAll(r.diagnostics()));
        diagnostics.addAll(placed.diagnostics());
        List<DocPage> guides = kindIsProject() ? DocReader.readGuides(layout, gate, workers, diagnostics) : List.of();
        return new Catalog(connectors, docs, guides, DocBlame.blameConnectors(diagnostics, connectors, docsPrefix()));
    }

    /**
     * The catalog with one connector folder read again, as {@link #loadCatalog()} would load it now:
     * replaced or added, or left out with its diagnostics when its metadata is gone or invalid. Docs
     * are not re-read. Lets a preview rebuild only what an edit of one {@code metadata.yaml} touches
     * ({@link CatalogReloads}).
     */
    public Catalog reloadConnector(Catalog catalog, String dir) {
        return reloadConnectors(catalog, Set.of(dir));
    }

    /** As {@link #reloadConnector} for each of {@code dirs}, pages placed once. */
    Catalog reloadConnectors(Catalog catalog, Set<String> dirs) {
        return new CatalogReloads(this, layout, workers).reloadConnectors(catalog, dirs);
    }

    /**
     * The catalog with one markdown file read again (replaced, added, or dropped when it no longer
     * exists): a doc under {@code docs/integrations} or a contribution guide. Every connector that read
     * the file or looked for it ({@link Connector#inputs()}) is resolved again; metadata is not re-read.
     * Lets a preview rebuild only what an edit of one doc touches ({@link CatalogReloads}).
     */
    public Catalog reloadDoc(Catalog catalog, Path file) throws IOException {
        return new CatalogReloads(this, layout, workers).reloadDoc(catalog, file);
    }

    record ConnectorResult(Optional<Connector> connector, List<Diagnostic> diagnostics) {
    }

    /** @param readSpec false leaves the spec unread: the connector as if it had none, for {@link ScopedCatalogLoad} */
    ConnectorResult loadConnector(Path dir, DocIndex index, InputGate gate, boolean readSpec) {
        String name = dir.getFileName().toString();
        Path metadataPath = dir.resolve(SitePaths.METADATA_FILE);
        String file = layout.relativize(metadataPath);
        InputGate.Verdict admitted = ConnectorDirs.admitMetadataFile(dir, metadataPath, gate);
        if (!admitted.isAccepted()) {
            return new ConnectorResult(Optional.empty(), List.of(new Diagnostic(FieldValidator.RULE,
                    Severity.ERROR, name, SourcePos.ofFile(file), admitted.requireReason(), "keep metadata.yaml a plain "
                    + "file in the connector's folder and under " + MetadataReader.MAX_BYTES / 1024 + " KiB")));
        }
        MetadataReader.Result result;
        try {
            result = memo.readMetadata(name, admitted,
                    () -> MetadataReader.readMetadataFile(name, file, admitted.requireRealPath()));
        } catch (IOException e) {
            return new ConnectorResult(Optional.empty(), List.of(new Diagnostic(FieldValidator.RULE,
                    Severity.ERROR, name, SourcePos.ofFile(file), "cannot read metadata: " + e.getMessage(),
                    "check that the file is readable")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        Optional<Connector> connector = result.metadata().map(m -> {
            IconFiles.Result icon = IconFiles.findIcon(dir, name, m, layout, gate, memo::judgeIcon);
            diagnostics.addAll(icon.diagnostics());
            SpecFiles.Result spec = readSpec ? memo.readSpec(dir, name, layout, gate)
                    : new SpecFiles.Result(Optional.empty(), List.of(), List.of(), List.of());
            diagnostics.addAll(spec.diagnostics());
            return resolveConnector(name, file, m, index, icon.iconFile(),
                    ConnectorFiles.listFolderFiles(file, icon, spec), spec.spec());
        });
        return new ConnectorResult(connector, diagnostics);
    }

    /** Every connector back where its documentationUrl asks (re-resolved if it was moved), then placed. */
    PagePlacement.Result placePages(List<Connector> connectors, DocIndex index) {
        List<Connector> asked = connectors.stream()
                .map(c -> PagePlacement.choosePagePath(c.dir(), c.metadata(), index).equals(c.pagePath()) ? c
                        : resolveConnector(c.dir(), c.metadataFile(), c.metadata(), index, c.iconFile(),
                        ConnectorFiles.keepFolderFiles(c), c.spec()))
                .toList();
        return PagePlacement.placePages(asked, c -> resolveAt(c.dir(), c.metadataFile(), c.metadata(), index,
                c.iconFile(), ConnectorFiles.keepFolderFiles(c), c.spec(), Optional.empty()));
    }


    Connector resolveConnector(String name, String file, Metadata m, DocIndex index, Optional<String> icon,
                                       ConnectorInputs folder, Optional<Spec> spec) {
        return resolveAt(name, file, m, index, icon, folder, spec, DocumentationUrls.findPath(m.documentationUrl()));
    }

    /**
     * The connector with its page at {@code urlPath} (its doc there, or the path) when given, else by its
     * name; {@code folder} is what was read of its folder (its spec among it), to which the docs it looks at
     * are added.
     */
    Connector resolveAt(String name, String file, Metadata m, DocIndex index, Optional<String> icon,
                                ConnectorInputs folder, Optional<Spec> spec, Optional<String> urlPath) {
        String byName = PagePlacement.pathByName(name, m);
        Optional<DocPage> atUrl = urlPath.flatMap(index::findDoc);
        Optional<DocPage> doc = atUrl.or(() -> index.findDoc(byName));
        List<String> docPaths = new ArrayList<>(urlPath.stream().toList());
        if (atUrl.isEmpty()) {
            docPaths.add(byName);
        }
        String pagePath = PagePlacement.choosePagePath(doc, urlPath, byName);
        Optional<MigrationGuide> migrations = index.findDoc(SitePaths.migrationGuidePathOf(pagePath))
                .map(memo::parseMigrationGuide);
        Optional<Changelog> changelog = doc.flatMap(d -> selectChangelog(memo.parseChangelogs(d), name));
        return new Connector(name, file, m, pagePath, doc, changelog, migrations, icon,
                files.listInputs(folder, docPaths, doc, pagePath, migrations), spec);
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

    /** The doc's markdown-limits findings, re-used from the memo when its file is unchanged. */
    List<Diagnostic> judgeLimits(DocPage doc) {
        return memo.judgeLimits(doc);
    }

    String docsPrefix() {
        return layout.relativize(layout.docsDir()) + "/";
    }

    boolean kindIsProject() {
        return layout.kind() == dev.sitegen.config.LayoutKind.PROJECT;
    }
}
