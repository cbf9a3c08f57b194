package dev.sitegen.render;

import dev.sitegen.markdown.HeadingSlugs;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Connector;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SitePaths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The list of every connector's contribute page ({@code contributing/connectors/}) and, when the
 * root has no authored {@code contributing/index.md} (a monorepo), a generated contributing index,
 * so the navigation's "Contributing" link always leads somewhere.
 */
final class ContributingIndex {

    /** A link in a list. */
    public record Link(String text, String href) {
    }

    /** The view of both pages. */
    public record View(SiteView site, String title, List<Link> guides, List<Link> connectors, TrailView trail) {
    }

    private ContributingIndex() {
    }

    static void renderContributingIndex(RenderContext ctx, Catalog catalog, SiteSink sink) {
        List<Link> connectors = catalog.connectors().stream()
                .sorted(Comparator.comparing((Connector c) -> c.metadata().name().toLowerCase(Locale.ROOT))
                        .thenComparing(Connector::dir))
                .map(c -> new Link(c.metadata().name() + " (" + c.dir() + ")", ContributePages.pathOf(c)))
                .toList();
        String listFile = SitePaths.CONTRIBUTING + "/connectors/index.html";
        ctx.writeHtml(sink, listFile, "contributing-index", new View(ctx.siteView(listFile),
                "Contribute to a connector", List.of(), connectors, new TrailView(List.of(
                        new TrailView.Link("Contributing", SitePaths.CONTRIBUTING + "/")), "Contribute to a connector")));
        if (catalog.guides().stream().noneMatch(g -> g.urlPath().equals("contributing"))) {
            List<Link> guides = catalog.guides().stream()
                    .map(g -> new Link(titleOf(g), g.urlPath() + "/")).toList();
            String file = SitePaths.CONTRIBUTING + "/index.html";
            ctx.writeHtml(sink, file, "contributing-index", new View(ctx.siteView(file), "Contributing",
                    guides, connectors, new TrailView(List.of(), "Contributing")));
        }
    }

    private static String titleOf(DocPage guide) {
        return guide.markdown().lines().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip())
                .orElse(HeadingSlugs.slugify(guide.urlPath()));
    }
}
