package dev.sitegen.render;

import dev.sitegen.markdown.DocLink;
import dev.sitegen.model.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the links of each written page came from, recorded while rendering: the docs rendered into
 * it (with each link's markdown position) and the template that generated the rest, plus the
 * site's own addresses. Link verification runs on the output and needs this to blame a broken link
 * on a markdown line or a template. Thread-safe: workers record pages concurrently.
 */
public final class LinkSources {

    private final String absoluteRoot;
    private final String publishedRoot;
    private final Optional<String> baseUrl;
    private final Set<String> siteHosts;
    private final Map<String, List<DocLinks>> docsByPage = new ConcurrentHashMap<>();
    private final Map<String, String> templateByPage = new ConcurrentHashMap<>();

    LinkSources(String absoluteRoot, String publishedRoot, Optional<String> baseUrl, Set<String> siteHosts) {
        this.absoluteRoot = absoluteRoot;
        this.publishedRoot = publishedRoot;
        this.baseUrl = baseUrl;
        this.siteHosts = Set.copyOf(siteHosts);
    }

    /** Sources of a site rendered elsewhere (tests): the site's addresses, nothing recorded yet. */
    public static LinkSources forSite(String absoluteRoot, Optional<String> baseUrl, Set<String> siteHosts) {
        return new LinkSources(absoluteRoot, absoluteRoot, PagePaths.normalizeBaseUrl(baseUrl), siteHosts);
    }

    /** The site's absolute URL, ending with {@code /} (feeds and the sitemap link to it). */
    public String absoluteRoot() {
        return absoluteRoot;
    }

    /**
     * The site's absolute URL without {@code --base-url} (its {@code siteUrl}, or its host at {@code /}), ending
     * with {@code /}: a preview built under another path is the site to be published there, so the docs'
     * links to it lead into this build.
     */
    public String publishedRoot() {
        return publishedRoot;
    }

    /** The normalised {@code --base-url} ({@code /pr-123/}), when pages link from it. */
    public Optional<String> baseUrl() {
        return baseUrl;
    }

    /** Hosts the docs call their own site; links to them outside the generated pages go there. */
    public Set<String> siteHosts() {
        return siteHosts;
    }

    /**
     * Records that the doc {@code docFile} was rendered into the page {@code page} with these links;
     * rendering the page again (a preview rebuild) replaces what the doc had there.
     */
    public void recordDoc(String page, String docFile, List<DocLink> links) {
        docsByPage.merge(page, List.of(new DocLinks(docFile, links)), (old, added) -> {
            List<DocLinks> both = new ArrayList<>();
            old.stream().filter(d -> !d.docFile().equals(docFile)).forEach(both::add);
            both.addAll(added);
            return List.copyOf(both);
        });
    }

    /** Records the template (a name like {@code connector}) that rendered {@code page}. */
    public void recordTemplate(String page, String template) {
        templateByPage.put(page, template);
    }

    /** The docs rendered into {@code page}, in the order they were recorded. */
    public List<DocLinks> findDocs(String page) {
        return docsByPage.getOrDefault(page, List.of());
    }

    /** The template name recorded for {@code page}, if any. */
    Optional<String> findTemplate(String page) {
        return Optional.ofNullable(templateByPage.get(page));
    }

    /**
     * The template file that generated {@code page}, as a path in the project
     * ({@code themes/default/templates/connector.peb}); feeds and the sitemap are known by path.
     */
    public String findTemplateFile(String page) {
        String name = templateByPage.get(page);
        if (name == null) {
            name = page.equals(SitePaths.SITEMAP) ? "sitemap" : page.startsWith(SitePaths.FEEDS + "/") ? "atom" : "base";
        }
        return Templates.THEME + "/templates/" + name + ".peb";
    }
}
