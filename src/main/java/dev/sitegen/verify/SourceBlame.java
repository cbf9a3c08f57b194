package dev.sitegen.verify;

import dev.sitegen.markdown.DocLink;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.UrlPaths;
import dev.sitegen.render.DocLinks;
import dev.sitegen.render.LinkSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Traces a problem found on a page back to its source: the markdown line of each doc link the
 * page's link came from (matched on the URL the renderer wrote), else the template that rendered
 * the page. A doc link also says more than the page can: that a relative link climbed above the
 * docs root, or that it leads to the docs site outside the generated pages (unverifiable, info).
 */
final class SourceBlame {

    static final String RULE = "broken-link";

    private final LinkSources sources;
    private final Set<String> siteFolders;
    private final Map<String, String> connectorByDoc = new HashMap<>();
    private final Map<String, Map<String, List<SourcedLink>>> linksByPage = new HashMap<>();

    /** A doc link and the doc it is written in. */
    private record SourcedLink(String docFile, DocLink link) {
    }

    /**
     * @param siteFolders the site's top-level folders; a doc link into any other is outside it
     */
    SourceBlame(LinkSources sources, Catalog catalog, Set<String> siteFolders) {
        this.sources = sources;
        this.siteFolders = siteFolders;
        Map<String, String> connectorByPage = new HashMap<>();
        for (Connector c : catalog.connectors()) {
            connectorByPage.putIfAbsent(c.pagePath(), c.dir());
            c.doc().ifPresent(d -> connectorByDoc.putIfAbsent(d.file(), c.dir()));
            c.migrationGuide().ifPresent(g -> connectorByDoc.putIfAbsent(g.page().file(), c.dir()));
            // a spec's description links are recorded as the spec file's (the Reference section)
            c.spec().ifPresent(s -> connectorByDoc.putIfAbsent(s.file(), c.dir()));
        }
        for (DocPage d : catalog.docs()) {
            if (!connectorByDoc.containsKey(d.file())) {
                findOwner(d.urlPath(), connectorByPage).ifPresent(dir -> connectorByDoc.put(d.file(), dir));
            }
        }
    }

    /** The connector whose page a doc sits under ({@code sources/postgres/troubleshooting} is postgres's). */
    private static Optional<String> findOwner(String urlPath, Map<String, String> connectorByPage) {
        for (int slash = urlPath.lastIndexOf('/'); slash > 0; slash = urlPath.lastIndexOf('/', slash - 1)) {
            String owner = connectorByPage.get(urlPath.substring(0, slash));
            if (owner != null) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /** One finding per doc link the problem comes from, or one on the page's template. */
    List<Finding> blameProblem(PageProblem p) {
        List<SourcedLink> written = findDocLinks(p.page(), p.href());
        if (written.isEmpty()) {
            return List.of(blameTemplate(p));
        }
        List<Finding> out = new ArrayList<>(written.size());
        for (SourcedLink s : written) {
            out.add(blameDocLink(p, s));
        }
        return out;
    }

    /**
     * A link the template wrote (or data it was given, such as a breaking change's message): an
     * absolute link to the site's host outside its folders is the docs site, not a broken page.
     */
    private Finding blameTemplate(PageProblem p) {
        SourcePos pos = SourcePos.ofFile(sources.findTemplateFile(p.page()));
        String text = "on page " + LinkMessages.displayPage(p.page()) + ": " + LinkMessages.describe(p.href(), false);
        boolean absolute = UrlPaths.findSchemeEnd(p.href()) > 0;
        if (p.kind() == PageProblem.Kind.OFFSITE || absolute && isOutsideSite(p)) {
            return unverifiable(p, p.href(), text, "", pos);
        }
        return Finding.of(new Diagnostic(RULE, severityOf(p.kind()), "", pos, LinkMessages.describeProblem(p, text),
                LinkMessages.hintFor(p)));
    }

    private Finding blameDocLink(PageProblem p, SourcedLink s) {
        DocLink link = s.link();
        String text = LinkMessages.describe(link.written(), link.image());
        String connector = connectorByDoc.getOrDefault(s.docFile(), "");
        SourcePos pos = link.line() > 0 ? SourcePos.at(s.docFile(), link.line(), link.column())
                : SourcePos.ofFile(s.docFile());
        boolean external = p.kind() == PageProblem.Kind.MALFORMED || p.kind() == PageProblem.Kind.DEAD_EXTERNAL;
        if (!external && link.climbsAboveRoot()) {
            PageProblem above = PageProblem.of(p.page(), p.href(), PageProblem.Kind.ABOVE_ROOT, p.target());
            return Finding.of(new Diagnostic(RULE, Severity.ERROR, connector, pos,
                    LinkMessages.describeAboveDocsRoot(text), LinkMessages.hintFor(above)));
        }
        if (!external && isOutsideSite(p)) {
            return unverifiable(p, link.written(), text, connector, pos);
        }
        return Finding.of(new Diagnostic(RULE, severityOf(p.kind()), connector, pos,
                LinkMessages.describeProblem(p, text), LinkMessages.hintFor(p)));
    }

    /** An info finding; with an absolute URL, one that probing can settle. */
    private static Finding unverifiable(PageProblem p, String written, String text, String connector, SourcePos pos) {
        boolean absolute = UrlPaths.findSchemeEnd(p.href()) > 0;
        String target = absolute ? p.href() : p.target();
        String message = LinkMessages.describeUnverifiable(text, written, target, p.kind() == PageProblem.Kind.OFFSITE);
        return new Finding(new Diagnostic(RULE, Severity.INFO, connector, pos, message,
                absolute ? "run the build with --check-external to probe it" : "check the path by hand"),
                absolute ? Optional.of(p.href()) : Optional.empty(), text);
    }

    /** Off the site: the docs host, or a site path in a folder the site does not generate. */
    private boolean isOutsideSite(PageProblem p) {
        return p.kind() == PageProblem.Kind.OFFSITE
                || p.kind() == PageProblem.Kind.MISSING_FILE && !siteFolders.contains(UrlPaths.topFolderOf(p.target()));
    }

    static Severity severityOf(PageProblem.Kind kind) {
        return switch (kind) {
            case MISSING_FILE, MISSING_ANCHOR, ABOVE_ROOT -> Severity.ERROR;
            case MALFORMED, DEAD_EXTERNAL -> Severity.WARNING;
            case OFFSITE -> Severity.INFO;
        };
    }

    private List<SourcedLink> findDocLinks(String page, String href) {
        Map<String, List<SourcedLink>> byUrl = linksByPage.computeIfAbsent(page, this::indexDocLinks);
        return byUrl.getOrDefault(keyOf(href), List.of());
    }

    private Map<String, List<SourcedLink>> indexDocLinks(String page) {
        Map<String, List<SourcedLink>> byUrl = new HashMap<>();
        for (DocLinks doc : sources.findDocs(page)) {
            for (DocLink link : doc.links()) {
                byUrl.computeIfAbsent(keyOf(link.rewritten()), k -> new ArrayList<>())
                        .add(new SourcedLink(doc.docFile(), link));
            }
        }
        return byUrl;
    }

    /** A URL as compared between page and doc: entities and percent escapes decoded. */
    static String keyOf(String url) {
        return UrlPaths.decodePercent(HtmlEntities.decodeEntities(url.strip()));
    }
}
