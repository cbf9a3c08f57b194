package dev.sitegen.render;

/** A doc page that is not a connector's own page: a migration guide or a general docs page. */
public record DocPageView(SiteView site, String title, String docHtml) {
}
