package dev.sitegen.serve;

import dev.sitegen.config.LayoutKind;
import dev.sitegen.config.SiteLayout;
import dev.sitegen.load.Site;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides what a batch of changed paths requires. {@code site.yaml}, a snippet, or a connector or doc
 * that appeared or disappeared need a full rebuild (the set of pages changes); a file of a connector's
 * folder that the connector was read from or looked for ({@link dev.sitegen.model.ConnectorInputs}: its
 * metadata, its icon or an icon candidate, its spec file or a spec candidate) reloads that connector; an edited doc or guide reloads that
 * doc, and {@link CatalogUpdates} finds the connectors reading it in the same list. Any other file
 * (editor swap files, a connector's source code, sources outside the site) is ignored.
 */
final class ChangeClassifier {

    private final SiteLayout layout;
    private final Catalog catalog;
    private final Set<Path> snippetFiles;
    private final Set<String> knownConnectors;
    private final Set<String> knownDocs;

    private ChangeClassifier(Site site) {
        this.layout = site.layout();
        this.catalog = site.catalog();
        this.snippetFiles = site.config().snippets().values().stream()
                .map(s -> layout.root().resolve(s).normalize()).collect(Collectors.toSet());
        this.knownConnectors = site.catalog().listConnectorDirs();
        this.knownDocs = Stream.concat(site.catalog().docs().stream(), site.catalog().guides().stream())
                .map(DocPage::file).collect(Collectors.toSet());
    }

    static ChangePlan classifyChanges(Site site, Collection<Path> paths) {
        ChangeClassifier classifier = new ChangeClassifier(site);
        Set<String> connectors = new TreeSet<>();
        Set<Path> docs = new TreeSet<>();
        for (Path path : new TreeSet<>(paths)) {
            Optional<String> reason = classifier.classifyPath(path.toAbsolutePath().normalize(), connectors, docs);
            if (reason.isPresent()) {
                return ChangePlan.full(reason.get());
            }
        }
        return new ChangePlan(Optional.empty(), connectors, docs);
    }

    /** Adds what {@code p} needs reloaded; returns the reason when it needs a full rebuild. */
    private Optional<String> classifyPath(Path p, Set<String> connectors, Set<Path> docs) {
        if (!p.startsWith(layout.root())) {
            return Optional.empty();
        }
        String rel = layout.relativize(p);
        if (p.equals(layout.siteConfigFile())) {
            return Optional.of("site.yaml changed");
        }
        if (snippetFiles.contains(p)) {
            return Optional.of("snippet " + rel + " changed");
        }
        if (p.startsWith(layout.connectorsDir()) && !p.equals(layout.connectorsDir())) {
            return classifyConnectorFile(p, rel, connectors);
        }
        if (isDocFile(p)) {
            return classifyDoc(p, rel, docs);
        }
        if (!Files.exists(p) && holdsSources(rel)) {
            return Optional.of(rel + " was removed");
        }
        return Optional.empty();
    }

    private Optional<String> classifyConnectorFile(Path p, String rel, Set<String> connectors) {
        String dir = layout.connectorsDir().relativize(p).getName(0).toString();
        boolean known = knownConnectors.contains(dir);
        boolean present = Files.isRegularFile(layout.connectorsDir().resolve(dir).resolve(SitePaths.METADATA_FILE));
        if (known != present) {
            return Optional.of("connector " + dir + (present ? " was added" : " was removed"));
        }
        connectors.addAll(catalog.findConnectorsReading(Set.of(rel)));
        return Optional.empty();
    }

    private Optional<String> classifyDoc(Path p, String rel, Set<Path> docs) {
        boolean known = knownDocs.contains(rel);
        boolean present = Files.isRegularFile(p);
        if (known != present) {
            return Optional.of(rel + (present ? " was added" : " was removed"));
        }
        if (present) {
            docs.add(p);
        }
        return Optional.empty();
    }

    private boolean isDocFile(Path p) {
        if (!p.getFileName().toString().endsWith(".md")) {
            return false;
        }
        return p.startsWith(layout.docsDir().resolve("integrations"))
                || layout.kind() == LayoutKind.PROJECT && p.startsWith(layout.guidesDir());
    }

    /** Whether a removed folder held a doc or connector the site was built from. */
    private boolean holdsSources(String rel) {
        String prefix = rel.isEmpty() ? "" : rel + "/";
        String connectorsPrefix = layout.relativize(layout.connectorsDir()) + "/";
        return knownDocs.stream().anyMatch(f -> f.startsWith(prefix))
                || !knownConnectors.isEmpty() && connectorsPrefix.startsWith(prefix);
    }
}
