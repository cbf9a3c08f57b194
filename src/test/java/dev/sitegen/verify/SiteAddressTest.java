package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    private static final String PAGE = "integrations/sources/x/index.html";

    private final SiteAddress relative = new SiteAddress("https://docs.example.com/", Optional.empty(),
            Set.of("docs.example.com"));
    private final SiteAddress preview = new SiteAddress("https://docs.example.com/pr-123/", Optional.of("/pr-123/"),
            Set.of("docs.example.com"));

    @Test
    void resolvesRelativeLinksAgainstThePageFolder() {
        assertThat(relative.classify(PAGE, "../y/#setup")).isEqualTo(LinkTarget.internal("integrations/sources/y/", "setup"));
        assertThat(relative.classify(PAGE, "../../../")).isEqualTo(LinkTarget.internal("", ""));
        assertThat(relative.classify(PAGE, "./img%20one.png?v=2")).isEqualTo(LinkTarget.internal("integrations/sources/x/img one.png", ""));
        assertThat(relative.classify(PAGE, "#Step-1")).isEqualTo(LinkTarget.internal(PAGE, "Step-1"));
        assertThat(relative.classify(PAGE, "../../../../too-far/").kind()).isEqualTo(LinkTarget.Kind.ABOVE_ROOT);
    }

    @Test
    void rootPathsAndTheSiteUrlAreInternal() {
        assertThat(relative.classify(PAGE, "/breaking-changes/#upcoming")).isEqualTo(LinkTarget.internal("breaking-changes/", "upcoming"));
        assertThat(relative.classify("feeds/x.xml", "HTTPS://Docs.Example.com/integrations/x/"))
                .isEqualTo(LinkTarget.internal("integrations/x/", ""));
        assertThat(relative.classify("sitemap.xml", "https://docs.example.com")).isEqualTo(LinkTarget.internal("", ""));
    }

    @Test
    void baseUrlPrefixedLinksAreInternalAndOtherRootPathsAreNot() {
        assertThat(preview.classify(PAGE, "/pr-123/integrations/y/")).isEqualTo(LinkTarget.internal("integrations/y/", ""));
        assertThat(preview.classify("feeds/a.xml", "https://docs.example.com/pr-123/feeds/a.xml"))
                .isEqualTo(LinkTarget.internal("feeds/a.xml", ""));
        assertThat(preview.classify(PAGE, "/integrations/y/").kind()).isEqualTo(LinkTarget.Kind.OFFSITE);
        assertThat(preview.classify(PAGE, "https://docs.example.com/platform/").kind()).isEqualTo(LinkTarget.Kind.OFFSITE);
    }

    @Test
    void aPreviewResolvesLinksToThePublishedSiteIntoItsOwnPages() {
        SiteAddress published = new SiteAddress("https://docs.example.com/pr-123/", "https://docs.example.com/",
                Optional.of("/pr-123/"), Set.of("docs.example.com"));

        assertThat(published.classify(PAGE, "https://docs.example.com/integrations/y/#setup"))
                .isEqualTo(LinkTarget.internal("integrations/y/", "setup"));
        assertThat(published.classify(PAGE, "https://docs.example.com")).isEqualTo(LinkTarget.internal("", ""));
        assertThat(published.classify(PAGE, "https://docs.example.com/pr-123/feeds/a.xml"))
                .isEqualTo(LinkTarget.internal("feeds/a.xml", ""));
        assertThat(published.classify(PAGE, "https://other.example.com/integrations/y/").kind())
                .isEqualTo(LinkTarget.Kind.EXTERNAL);
    }

    @Test
    void separatesExternalLinksFromThoseWithNothingToCheck() {
        assertThat(relative.classify(PAGE, "https://github.com/o/r/pull/1")).isEqualTo(LinkTarget.of(LinkTarget.Kind.EXTERNAL,
                "https://github.com/o/r/pull/1"));
        assertThat(relative.classify(PAGE, "//cdn.example.org/x.js").path()).isEqualTo("https://cdn.example.org/x.js");
        for (String skip : new String[] {"mailto:a@b.c", "tel:+1", "data:image/png;base64,xx", "javascript:void(0)", " "}) {
            assertThat(relative.classify(PAGE, skip).kind()).as(skip).isEqualTo(LinkTarget.Kind.SKIP);
        }
    }

    @Test
    void checksTheSyntaxOfExternalUrls() {
        assertThat(UrlSyntax.findProblem("https://example.com:8443/a?b=c#d")).isEmpty();
        assertThat(UrlSyntax.findProblem("http://[::1]:80/")).isEmpty();
        assertThat(UrlSyntax.findProblem("https://\"")).contains("host '\"' contains '\"'");
        assertThat(UrlSyntax.findProblem("https:/example.com")).contains("the scheme must be followed by '//'");
        assertThat(UrlSyntax.findProblem("https://")).contains("it has no host");
        assertThat(UrlSyntax.findProblem("https://a..b/")).isPresent();
        assertThat(UrlSyntax.findProblem("https://example.com:99999/")).isPresent();
        assertThat(UrlSyntax.findProblem("https://example.com/a b")).isPresent();
    }
}
