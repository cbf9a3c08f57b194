package dev.sitegen.verify;

import dev.sitegen.config.SiteConfig;
import dev.sitegen.markdown.MarkdownOptions;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderRequest;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.Catalog;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import dev.sitegen.model.UrlPaths;
import dev.sitegen.render.LinkSources;
import dev.sitegen.render.SiteSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A site written by hand for verifier tests: pages from HTML strings (as a template would write
 * them) or from markdown (rendered like a doc, so links carry their source lines), into a sink
 * that keeps the bytes.
 */
final class TestSite {

    static final String HOST = "docs.example.com";

    final Map<String, byte[]> written = new TreeMap<>();
    final LinkSources sources;
    private final SiteVerifier verifier;
    private final SiteSink sink;
    private final MarkdownRenderer markdown;

    TestSite(Optional<String> baseUrl) {
        this(baseUrl, Map.of());
    }

    TestSite(Optional<String> baseUrl, Map<String, Severity> severities) {
        this("https://" + HOST + baseUrl.filter(b -> b.startsWith("/")).orElse("/"), baseUrl, severities, Optional.empty());
    }

    /** A site at {@code root} (its host is the docs host), probing external links when {@code external} is given. */
    TestSite(String root, Optional<String> baseUrl, Map<String, Severity> severities, Optional<ExternalCheck> external) {
        String host = UrlPaths.hostOf(root);
        this.sources = LinkSources.forSite(root, baseUrl, Set.of(host));
        this.markdown = new MarkdownRenderer(new MarkdownOptions(Set.of(host), Map.of()));
        SiteConfig config = new SiteConfig("Test", Optional.empty(), Optional.empty(), "main", "", severities, Map.of());
        VerifyOptions options = VerifyOptions.of(config, new Catalog(List.of(), List.of(), List.of()), sources);
        this.verifier = new SiteVerifier(external.map(options::withExternalCheck).orElse(options));
        this.sink = verifier.wrap(new SiteSink() {
            @Override
            public synchronized void writeFile(String path, byte[] content) {
                written.put(path, content);
            }

            @Override
            public synchronized void copyFile(String path, Path source) {
                written.put(path, new byte[0]);
            }
        });
    }

    static TestSite relative() {
        return new TestSite(Optional.empty());
    }

    /** A page a template wrote, with {@code body} inside a minimal layout. */
    TestSite page(String path, String template, String body) {
        sources.recordTemplate(path, template);
        sink.writeFile(path, ("<!DOCTYPE html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A doc page: {@code md} rendered for {@code urlPath} from the doc file {@code docFile}. */
    TestSite doc(String docFile, String urlPath, String md) {
        String file = urlPath + "/index.html";
        String root = sources.baseUrl().orElse("../".repeat(urlPath.split("/").length));
        RenderedDoc doc = markdown.renderMarkdown(new RenderRequest(md, docFile, urlPath, root,
                urlPath.endsWith("-migrations"), List.of()));
        sources.recordDoc(file, docFile, doc.links());
        return page(file, "doc", doc.html());
    }

    TestSite file(String path, String content) {
        sink.writeFile(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    List<Diagnostic> verify() {
        return verifier.verifySite();
    }

    /** {@code file:line:col severity: message}, one string per finding, for readable assertions. */
    List<String> verifyBriefly() {
        return verify().stream().map(TestSite::describe).toList();
    }

    /** {@link SiteVerifier#verifyAllPages} (a preview's first build), briefly, by page. */
    Map<String, List<String>> verifyAllPagesBriefly() {
        Map<String, List<String>> out = new TreeMap<>();
        verifier.verifyAllPages(new Catalog(List.of(), List.of(), List.of()))
                .forEach((page, found) -> out.put(page, found.stream().map(TestSite::describe).toList()));
        return out;
    }

    /** {@link SiteVerifier#verifyPages} after {@code paths} were written again, briefly, by page. */
    Map<String, List<String>> verifyPagesBriefly(String... paths) {
        Map<String, List<String>> out = new TreeMap<>();
        verifier.verifyPages(new Catalog(List.of(), List.of(), List.of()), List.of(paths))
                .forEach((page, found) -> out.put(page, found.stream().map(TestSite::describe).toList()));
        return out;
    }

    private static String describe(Diagnostic d) {
        return d.pos() + " " + d.severity().label() + ": " + d.message();
    }
}
