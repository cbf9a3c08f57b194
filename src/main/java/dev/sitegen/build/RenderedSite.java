package dev.sitegen.build;

import dev.sitegen.load.Site;
import dev.sitegen.load.Workers;
import dev.sitegen.render.SiteRenderer;

/** The renderer of a site, made one way for every command. */
final class RenderedSite {

    private RenderedSite() {
    }

    static SiteRenderer createRenderer(Site site, RenderOptions render, Workers workers) {
        return new SiteRenderer(site.config(), site.facts(), render.baseUrl(), render.asOf(), site.snippets(),
                site.layout().root(), workers);
    }
}
