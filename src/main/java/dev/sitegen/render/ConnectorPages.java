package dev.sitegen.render;

import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.DocLink;
import dev.sitegen.markdown.LineRange;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import dev.sitegen.model.Timeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/**
 * Renders one connector page (a doc and every connector it documents) and each connector's API
 * document. The doc's changelog tables are blanked out of the markdown: the page shows them from
 * data, with anchors and badges, instead.
 */
final class ConnectorPages {

    private final RenderContext ctx;
    private final PageTrails trails;

    ConnectorPages(RenderContext ctx, PageTrails trails) {
        this.ctx = ctx;
        this.trails = trails;
    }

    void renderConnectorPage(String pagePath, List<Connector> connectors, TimelineCache timelines, SiteSink sink) {
        for (Connector c : connectors) {
            writeApiDocument(c, timelines.of(c), sink);
        }
        renderPageHtml(pagePath, connectors, timelines, sink);
    }

    /** {@code api/connectors/<dir>.json}. */
    void writeApiDocument(Connector c, Timeline timeline, SiteSink sink) {
        sink.writeFile(SitePaths.API + "/connectors/" + c.dir() + ".json",
                ApiDocuments.writeJson(ApiDocuments.createConnectorApi(c, timeline)));
    }

    /** The page's HTML alone, without its connectors' API documents. */
    void renderPageHtml(String pagePath, List<Connector> connectors, TimelineCache timelines, SiteSink sink) {
        String file = PagePaths.indexFileOf(pagePath);
        Connector primary = connectors.get(0);
        Optional<RenderedDoc> doc = primary.doc().map(d -> ctx.renderDoc(d, file, changelogLines(d)));
        String title = doc.flatMap(RenderedDoc::title).orElse(primary.metadata().name());
        List<ConnectorSectionView> sections = new ArrayList<>();
        Map<String, List<DocLink>> subjectLinks = new TreeMap<>();
        for (Connector c : connectors) {
            Timeline timeline = timelines.of(c);
            List<ChangelogEntry> entries = c.changelog().map(Changelog::entries).orElse(List.of());
            List<BreakingChangeViews.VersionedView> versioned = BreakingChangeViews.createViewsNewestFirst(c, ctx.asOf);
            List<BreakingChangeView> changes = versioned.stream().map(BreakingChangeViews.VersionedView::view).toList();
            Optional<BreakingChangeView> banner = changes.stream().filter(BreakingChangeView::upcoming)
                    .min(Comparator.comparing(v -> v.deadlineIso().orElse("")));
            sections.add(new ConnectorSectionView(ViewFactory.createFacts(c), banner, changes,
                    PlannerViews.createPlanner(timeline, versioned), ViewFactory.createAvailability(c),
                    TimelineViews.layoutTimeline(timeline, ctx.asOf),
                    ChangelogViews.createRows(entries, timeline, c.doc().map(d -> ctx.renderSubjects(d, file, entries,
                            subjectLinks.computeIfAbsent(d.file(), f -> new ArrayList<>())))
                            .orElse(Collections.nCopies(entries.size(), ""))),
                    c.spec().map(spec -> SpecReferenceViews.createReference(spec,
                            ReferenceAnchors.sectionIdFor(c.dir(),
                                    sections.stream().noneMatch(v -> v.reference().isPresent())),
                            (texts, at) -> ctx.renderDescriptions(file, pagePath, primary.doc(), spec.file(), texts,
                                    at)))));
        }
        // the subjects' links are their doc's too: recorded with its own, so a broken one is blamed on its row
        doc.ifPresent(d -> subjectLinks.merge(primary.doc().orElseThrow().file(), d.links(), ConnectorPages::concat));
        subjectLinks.forEach((docFile, links) -> ctx.linkSources.recordDoc(file, docFile, links));
        Optional<Element> body = doc.map(d -> ctx.sanitizer.sanitizeBody(d.html()));
        ConnectorPageView view = new ConnectorPageView(ctx.siteView(file), title, sections,
                body.map(Element::html),
                createToc(doc, sections), primary.doc().flatMap(ctx::findEditHref),
                trails.trailOfConnectorPage(primary, connectors.size() > 1 ? title : primary.metadata().name()),
                trails.navOf(primary, pagePath + "/"));
        ctx.writeHtml(sink, file, "connector", view);
        if (sink.keepsSearchSections()) {
            sink.addSearchSections(file, listSearchSections(pagePath, title, body, sections));
        }
    }

    /** The doc's sections (or the bare intro without a doc), then each connector's Reference, in page order. */
    private static List<SearchSection> listSearchSections(String pagePath, String title, Optional<Element> body,
                                                          List<ConnectorSectionView> sections) {
        ConnectorFactsView primary = sections.get(0).facts();
        PageSections.Page page = new PageSections.Page(PageSections.urlOf(pagePath), title, primary.type(),
                primary.supportLevel());
        List<SearchSection> out = new ArrayList<>(body.map(b -> PageSections.splitDoc(page, b))
                .orElseGet(() -> List.of(PageSections.createIntro(page))));
        for (int i = 0; i < sections.size(); i++) {
            ConnectorSectionView s = sections.get(i);
            String suffix = sections.size() > 1 ? ": " + s.facts().name() : "";
            s.reference().ifPresent(r -> out.add(PageSections.createReference(page, "Reference" + suffix, r)));
            if (!s.breakingChanges().isEmpty()) {
                // the ids the template gives the section: the first connector's plain, the others' suffixed
                out.add(PageSections.createBreakingChanges(page, i == 0 ? "breaking-changes"
                        : "breaking-changes-" + s.facts().dir(), "Breaking changes" + suffix, s.breakingChanges()));
            }
        }
        return out;
    }

    /** The doc's level-2 and level-3 headings, then the sections the page adds after the doc (each Reference first). */
    private static List<TocEntry> createToc(Optional<RenderedDoc> doc, List<ConnectorSectionView> sections) {
        List<TocEntry> toc = new ArrayList<>();
        doc.ifPresent(d -> d.headings().stream().filter(h -> h.level() == 2 || h.level() == 3)
                .forEach(h -> toc.add(new TocEntry(h.level(), h.text(), h.id()))));
        for (ConnectorSectionView s : sections) {
            s.reference().ifPresent(r -> toc.add(new TocEntry(2,
                    sections.size() > 1 ? "Reference: " + s.facts().name() : "Reference", r.id())));
        }
        if (sections.stream().anyMatch(s -> !s.breakingChanges().isEmpty())) {
            toc.add(new TocEntry(2, "Breaking changes", "breaking-changes"));
        }
        toc.add(new TocEntry(2, "Version timeline", "timeline"));
        toc.add(new TocEntry(2, "Changelog", "changelog"));
        return toc;
    }

    /** The doc's own links first, then its subjects' (merge passes the subjects' as {@code a}). */
    private static List<DocLink> concat(List<DocLink> a, List<DocLink> b) {
        List<DocLink> all = new ArrayList<>(b);
        all.addAll(a);
        return all;
    }

    /** Every changelog block of the doc (a shared doc has one per connector). */
    private static List<LineRange> changelogLines(DocPage doc) {
        return ChangelogParser.findChangelogLines(doc);
    }
}
