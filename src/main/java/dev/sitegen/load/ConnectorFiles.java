package dev.sitegen.load;

import dev.sitegen.config.SiteLayout;
import dev.sitegen.markdown.MdxComponentUse;
import dev.sitegen.markdown.MdxComponents;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorInputs;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.SitePaths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Works out each connector's {@link ConnectorInputs} from what resolving it looked at: its folder's files
 * (metadata, icon candidates, from {@link IconFiles}, the spec file and the spec candidates before it, from
 * {@link SpecFiles}), every spelling of each page path its doc was looked
 * for at ({@link SitePaths#listDocFilesOf}) up to the one found, the same for its migration guide, and the
 * snippets its doc and guide include, transitively. What was read is an input; what was looked for and
 * not read is expected. Paths are relative to ROOT.
 */
final class ConnectorFiles {

    private final String docsPrefix;
    /** Component name to the snippet file (relative to ROOT) and to its text. */
    private final Map<String, String> snippetFiles;
    private final Map<String, String> snippetTexts;

    private final SiteImports siteImports;

    ConnectorFiles(SiteLayout layout, Map<String, String> snippetPaths, Map<String, String> snippetTexts,
                   SiteImports siteImports) {
        this.docsPrefix = layout.relativize(layout.docsDir()) + "/";
        this.siteImports = siteImports;
        Map<String, String> files = new TreeMap<>();
        // named as SnippetFiles reads them: relative to ROOT, normalised
        snippetPaths.forEach((name, path) -> files.put(name, layout.relativize(layout.root().resolve(path).normalize())));
        this.snippetFiles = files;
        this.snippetTexts = Map.copyOf(snippetTexts);
    }

    /**
     * The folder's part: the metadata file read, the icon candidates read or looked for, and the spec file
     * read with the candidates looked for before it.
     */
    static ConnectorInputs listFolderFiles(String metadataFile, IconFiles.Result icon, SpecFiles.Result spec) {
        List<String> read = new ArrayList<>(icon.files().inputFiles());
        read.add(metadataFile);
        read.addAll(spec.read());
        List<String> expected = new ArrayList<>(icon.files().expectedFiles());
        expected.addAll(spec.expected());
        return new ConnectorInputs(read, expected);
    }

    /** The folder's part of a connector's inputs, for resolving it again without reading its folder. */
    static ConnectorInputs keepFolderFiles(Connector c) {
        String folder = c.metadataFile().substring(0, c.metadataFile().lastIndexOf('/') + 1);
        return new ConnectorInputs(c.inputs().inputFiles().stream().filter(f -> f.startsWith(folder)).toList(),
                c.inputs().expectedFiles().stream().filter(f -> f.startsWith(folder)).toList());
    }

    /**
     * @param folder    the folder's part ({@link #listFolderFiles})
     * @param docPaths  the page paths the doc was looked for at, in order, the last one where it was found
     *                  if it was found
     * @param pagePath  where the page is published; its migration guide was looked for beside it
     */
    ConnectorInputs listInputs(ConnectorInputs folder, List<String> docPaths, Optional<DocPage> doc, String pagePath,
                               Optional<MigrationGuide> guide) {
        List<String> read = new ArrayList<>(folder.inputFiles());
        List<String> expected = new ArrayList<>(folder.expectedFiles());
        List<String> lookedAt = new ArrayList<>(docPaths);
        lookedAt.add(SitePaths.migrationGuidePathOf(pagePath));
        for (String path : lookedAt) {
            // only docs under integrations/ are pages a connector can take
            if (path.startsWith("integrations/")) {
                SitePaths.listDocFilesOf(path).forEach(f -> expected.add(docsPrefix + f));
            }
        }
        for (DocPage page : Stream.concat(doc.stream(), guide.map(MigrationGuide::page).stream()).toList()) {
            read.add(page.file());
            read.addAll(listSnippets(page.markdown(), expected));
        }
        return new ConnectorInputs(read, expected);
    }

    /**
     * The files of the snippets {@code markdown} includes, and of those they include in turn: mapped in
     * {@code site.yaml} by component name, or imported through {@code @site/} (whose file, when it is not
     * there to read, goes to {@code expected}).
     */
    private Set<String> listSnippets(String markdown, List<String> expected) {
        Set<String> files = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        Deque<String> texts = new ArrayDeque<>(List.of(markdown));
        while (!texts.isEmpty()) {
            String text = texts.pop();
            boolean importsSite = text.contains(SitePaths.SITE_IMPORT_PREFIX);
            if (snippetFiles.isEmpty() && !importsSite) {
                continue;
            }
            Map<String, String> sources = importsSite ? MdxComponents.findImportSources(text) : Map.of();
            for (MdxComponentUse use : MdxComponents.findComponents(text)) {
                String name = use.name();
                if (snippetFiles.containsKey(name)) {
                    if (seen.add(name)) {
                        files.add(snippetFiles.get(name));
                        Optional.ofNullable(snippetTexts.get(name)).ifPresent(texts::push);
                    }
                } else if (sources.containsKey(name) && seen.add(sources.get(name))) {
                    siteImports.resolveImport(sources.get(name)).ifPresent(r -> {
                        if (r.text().isPresent()) {
                            files.add(r.file().orElseThrow());
                            texts.push(r.text().get());
                        } else {
                            r.file().ifPresent(expected::add);
                        }
                    });
                }
            }
        }
        return files;
    }
}
