package dev.sitegen.check;

import dev.sitegen.load.DocumentationUrls;
import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code documentation-url}: {@code documentationUrl} is not where the connector's doc is published:
 * another host than the site's, or another path than the doc's. The platform links users to this URL,
 * so a mismatch sends them to a stale or missing page. The site's host is {@code siteUrl} of
 * site.yaml, else the most common documentationUrl host; connectors without a doc are left to
 * {@code docs-missing}. Load reports, under this rule too, paths that cannot be a page's (climbing,
 * encoded dots or separators, the site's own folders) and pages that collide with another's.
 */
final class DocumentationUrlRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("documentation-url", Severity.WARNING,
            "documentationUrl's host is not the site's, or its path is not the doc's or cannot be a page's.",
            "documentationUrl is the link the platform shows users; it must be the "
                    + "connector's page on this site: the site's host (siteUrl in site.yaml) and the doc's path "
                    + "(docs/integrations/sources/foo.md is published at /integrations/sources/foo). The path "
                    + "also decides where the page is written, so a path with '..' or '.' segments (also "
                    + "percent-encoded), an encoded '/' or backslash, an empty segment, a segment starting "
                    + "with a dot, or a first segment that is one of the site's own folders and files "
                    + "(assets, api, feeds, ...) is an error, and so is a page another connector's page or "
                    + "migration guide already takes; the connector is then published at "
                    + "/integrations/<type>s/<name>.",
                    """
                    documentationUrl: https://old-docs.example.com/integrations/sources/foo-v2
                    """,
                    """
                    documentationUrl: https://docs.example.com/integrations/sources/foo
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void checkConnector(Connector c, CheckContext ctx, List<Diagnostic> out) {
        if (c.doc().isEmpty()) {
            return;
        }
        DocPage doc = c.doc().get();
        String url = c.metadata().documentationUrl();
        Optional<String> host = DocumentationUrls.findHost(url).map(h -> h.toLowerCase(Locale.ROOT));
        Optional<String> path = DocumentationUrls.findPath(url);
        List<String> problems = new ArrayList<>();
        if (ctx.siteHost().isPresent() && !host.equals(ctx.siteHost())) {
            problems.add("host '" + host.orElse("") + "' is not the site's host '" + ctx.siteHost().get() + "'");
        }
        // a path that cannot be a page path was reported by load, with the page it fell back to
        boolean reported = DocumentationUrls.findPathProblem(url).isPresent();
        if (!reported && !path.equals(Optional.of(doc.urlPath()))) {
            problems.add("path '/" + path.orElse("") + "' is not the path of " + doc.file() + " ('/" + doc.urlPath() + "')");
        }
        if (!problems.isEmpty()) {
            String expected = "https://" + ctx.siteHost().or(() -> host).orElse("<site-host>") + "/" + doc.urlPath();
            out.add(INFO.createDiagnostic(c, c.metadata().positions().posOf("documentationUrl"),
                    "documentationUrl " + url + ": " + String.join("; ", problems),
                    "write 'documentationUrl: " + expected + "' in " + c.metadataFile()));
        }
    }
}
