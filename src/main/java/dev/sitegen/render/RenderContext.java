package dev.sitegen.render;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.markdown.DocLink;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.markdown.RenderRequest;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.DocPage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What every page renderer shares for one build: settings, the as-of date, the templates, the
 * markdown renderer and sanitizer, and the site's absolute URLs. Immutable and thread-safe.
 */
final class RenderContext {

    final SiteConfig config;
    final Optional<String> baseUrl;
    final LocalDate asOf;
    final SiteUrls urls;
    final Optional<String> repositoryUrl;
    final Templates templates = new Templates();
    final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final MarkdownRenderer markdown;
    /** Where each page's links came from, for link verification (a concurrent record). */
    final LinkSources linkSources;

    RenderContext(SiteConfig config, Optional<String> baseUrl, LocalDate asOf, SiteUrls urls,
                  Optional<String> repositoryUrl, MarkdownRenderer markdown) {
        this.repositoryUrl = repositoryUrl;
        this.config = config;
        this.baseUrl = baseUrl;
        this.asOf = asOf;
        this.urls = urls;
        this.markdown = markdown;
        this.linkSources = new LinkSources(urls.absoluteRoot(), urls.publishedRoot(), baseUrl, SiteRenderer.siteHosts(config, urls));
    }

    /** The repository's edit page for a doc, when the repository is known. */
    Optional<String> findEditHref(DocPage doc) {
        return repositoryUrl.filter(r -> r.startsWith("https://github.com/"))
                .map(r -> r + "/edit/" + config.editBranch() + "/" + config.editPath() + doc.file());
    }

    /**
     * ROOT as a command printed on the site names it, with its leading space: commands are pasted at the
     * repository root, where ROOT defaults to the current folder of a monorepo; a project's site lives in
     * {@code editPath}, named so the command works whatever that folder is called.
     */
    String rootArgument() {
        String folder = config.editPath().endsWith("/")
                ? config.editPath().substring(0, config.editPath().length() - 1) : config.editPath();
        if (folder.isEmpty()) {
            return "";
        }
        return " " + (folder.matches("[A-Za-z0-9._/-]+") ? folder : "'" + folder.replace("'", "'\\''") + "'");
    }

    SiteView siteView(String file) {
        return new SiteView(config.title(), PagePaths.rootFor(file, baseUrl));
    }

    /** Renders a doc for the page at {@code file}, with links relative to that page. */
    RenderedDoc renderDoc(DocPage doc, String file, java.util.List<dev.sitegen.markdown.LineRange> dropLines) {
        RenderedDoc rendered = markdown.renderMarkdown(requestFor(doc, file).withDropLines(dropLines));
        linkSources.recordDoc(file, doc.file(), rendered.links());
        return rendered;
    }

    /**
     * Renders the subjects of changelog rows written in {@code doc} for the page at {@code file}:
     * sanitized HTML per entry, with their links added to {@code links} (recorded with the doc's by
     * the caller). HTML without a tag is text already escaped, so only the rest is sanitized.
     */
    List<String> renderSubjects(DocPage doc, String file, List<ChangelogEntry> entries, List<DocLink> links) {
        List<String> html = new java.util.ArrayList<>(entries.size());
        for (RenderedDoc rendered : markdown.renderSubjects(requestFor(doc, file), entries)) {
            links.addAll(rendered.links());
            html.add(rendered.html().indexOf('<') < 0 ? rendered.html() : sanitizer.sanitizeHtml(rendered.html()));
        }
        return html;
    }

    /**
     * Spec field descriptions (untrusted inline markdown/HTML) for the page at {@code file} (published at
     * {@code urlPath}) as sanitized HTML, one per text; their links are recorded as {@code specFile}'s, so a
     * broken one is blamed on the spec at its field. Links are rewritten as the links of {@code doc}, the doc
     * the page shows, are (a relative {@code .md} link of a folder's {@code README.md} resolves from its own
     * URL); a page without a doc resolves them as the doc it would have, {@code <urlPath>.md}, would.
     */
    List<String> renderDescriptions(String file, String urlPath, Optional<DocPage> doc, String specFile,
                                    List<String> texts, List<dev.sitegen.model.SourcePos> at) {
        RenderRequest request = doc.map(d -> requestFor(d, file)).orElseGet(() ->
                new RenderRequest("", "", urlPath, PagePaths.rootFor(file, baseUrl), false, List.of()));
        List<RenderedDoc> rendered = markdown.renderInlineTexts(request, texts, at);
        List<DocLink> links = rendered.stream().flatMap(r -> r.links().stream()).toList();
        if (!links.isEmpty()) {
            linkSources.recordDoc(file, specFile, links);
        }
        return rendered.stream().map(RenderedDoc::html)
                .map(h -> h.indexOf('<') < 0 ? h : sanitizer.sanitizeHtml(h)).toList();
    }

    private RenderRequest requestFor(DocPage doc, String file) {
        return RenderRequest.forDoc(doc, PagePaths.rootFor(file, baseUrl));
    }

    void writeHtml(SiteSink sink, String file, String template, Object view) {
        linkSources.recordTemplate(file, template);
        sink.writeFile(file, templates.renderTemplate(template, view).getBytes(StandardCharsets.UTF_8));
    }
}
