package dev.sitegen.render;

import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where each page sits for a reader: its breadcrumbs (Catalog > Sources > HubSpot > Migration guide) and,
 * on a connector's own pages, the navigation between them. A doc belongs to a connector when it is the
 * connector's page, its migration guide, or published under the connector's page path (a sub-page such as
 * {@code integrations/sources/postgres/postgres-troubleshooting}); a shared page belongs to its first
 * connector. Built once per catalog; immutable.
 */
final class PageTrails {

    private static final String INTEGRATIONS = "integrations/";

    private final Map<String, Connector> byPage = new HashMap<>();
    private final Map<String, Connector> byGuide = new HashMap<>();
    /** Each connector's sub-pages by URL path, sorted. */
    private final Map<String, TreeMap<String, String>> subPages = new HashMap<>();
    /** The catalog's docs and migration guides, in catalog order. */
    private final List<DocPage> pages;

    PageTrails(Catalog catalog) {
        pages = Stream.concat(catalog.docs().stream(), catalog.guides().stream()).toList();
        for (Connector c : catalog.connectors()) {
            byPage.putIfAbsent(c.pagePath(), c);
            c.migrationGuide().ifPresent(g -> byGuide.putIfAbsent(g.page().urlPath(), c));
        }
        for (DocPage d : catalog.docs()) {
            if (!byPage.containsKey(d.urlPath()) && !byGuide.containsKey(d.urlPath())) {
                findParent(d.urlPath()).ifPresent(c -> subPages.computeIfAbsent(c.dir(), k -> new TreeMap<>())
                        .put(d.urlPath(), labelSubPage(c, d.urlPath())));
            }
        }
    }

    /** The connector a doc page (no connector's own page) belongs to, if any. */
    Optional<Connector> findOwner(DocPage doc) {
        Connector guideOf = byGuide.get(doc.urlPath());
        return guideOf != null ? Optional.of(guideOf) : findParent(doc.urlPath());
    }

    /** The docs and guides (files) of the catalog that belong to one of the connectors {@code dirs}. */
    Set<String> listDocsShowing(Set<String> dirs) {
        Set<String> out = new TreeSet<>();
        pages.stream()
                .filter(d -> findOwner(d).map(c -> dirs.contains(c.dir())).orElse(false))
                .forEach(d -> out.add(d.file()));
        return out;
    }

    /** The sub-pages of {@code c}: URL path to label, sorted by path. */
    Map<String, String> listSubPages(Connector c) {
        return subPages.getOrDefault(c.dir(), new TreeMap<>());
    }

    TrailView trailOfConnectorPage(Connector c, String title) {
        return new TrailView(List.of(typeLink(c)), title);
    }

    TrailView trailOfContributePage(Connector c) {
        return new TrailView(List.of(typeLink(c), pageLink(c)), "Contribute");
    }

    /** A doc page's trail: under its connector, under contributing for a guide, else under its type folder. */
    TrailView trailOfDoc(DocPage doc, String title) {
        Optional<Connector> owner = findOwner(doc);
        if (owner.isPresent()) {
            Connector c = owner.get();
            boolean guide = byGuide.get(doc.urlPath()) == c;
            return new TrailView(List.of(typeLink(c), pageLink(c)), guide ? "Migration guide" : title);
        }
        if (doc.urlPath().startsWith(SitePaths.CONTRIBUTING + "/")) {
            return new TrailView(List.of(new TrailView.Link("Contributing", SitePaths.CONTRIBUTING + "/")), title);
        }
        for (ConnectorType type : ConnectorType.values()) {
            if (doc.urlPath().startsWith(INTEGRATIONS + type.plural() + "/")) {
                return new TrailView(List.of(new TrailView.Link(typeLabel(type), typeHref(type))), title);
            }
        }
        return new TrailView(List.of(), title);
    }

    /** The nav of {@code c}'s pages with {@code currentHref} (from the site root) marked. */
    ConnectorNavView navOf(Connector c, String currentHref) {
        List<ConnectorNavView.Item> items = new ArrayList<>();
        String page = c.pagePath() + "/";
        items.add(new ConnectorNavView.Item("Documentation", page, page.equals(currentHref)));
        c.migrationGuide().map(g -> g.page().urlPath() + "/").ifPresent(href ->
                items.add(new ConnectorNavView.Item("Migration guide", href, href.equals(currentHref))));
        listSubPages(c).forEach((path, label) ->
                items.add(new ConnectorNavView.Item(label, path + "/", (path + "/").equals(currentHref))));
        String contribute = ContributePages.pathOf(c);
        items.add(new ConnectorNavView.Item("Contribute", contribute, contribute.equals(currentHref)));
        return new ConnectorNavView(c.metadata().name(), items);
    }

    private Optional<Connector> findParent(String urlPath) {
        for (int slash = urlPath.lastIndexOf('/'); slash > 0; slash = urlPath.lastIndexOf('/', slash - 1)) {
            Connector c = byPage.get(urlPath.substring(0, slash));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code postgres-troubleshooting} under postgres reads "Troubleshooting"; the path is all we know without rendering. */
    private static String labelSubPage(Connector c, String urlPath) {
        String name = urlPath.substring(urlPath.lastIndexOf('/') + 1);
        String parent = c.pagePath().substring(c.pagePath().lastIndexOf('/') + 1);
        if (name.startsWith(parent + "-") && name.length() > parent.length() + 1) {
            name = name.substring(parent.length() + 1);
        }
        String words = name.replace('-', ' ').replace('_', ' ');
        return Words.capitalizeFirst(words);
    }

    private static TrailView.Link typeLink(Connector c) {
        return new TrailView.Link(typeLabel(c.metadata().connectorType()), typeHref(c.metadata().connectorType()));
    }

    private static TrailView.Link pageLink(Connector c) {
        return new TrailView.Link(c.metadata().name(), c.pagePath() + "/");
    }

    private static String typeLabel(ConnectorType type) {
        return Words.capitalizeFirst(type.plural());
    }

    /** The catalog filtered to the type: the catalog reads {@code type} from the query. */
    private static String typeHref(ConnectorType type) {
        return "?type=" + type.yamlName();
    }
}
