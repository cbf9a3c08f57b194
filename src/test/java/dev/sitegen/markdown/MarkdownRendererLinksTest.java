package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererLinksTest {

    private final MarkdownRenderer renderer =
            new MarkdownRenderer(new MarkdownOptions(Set.of("Docs.Airbyte.com"), Map.of()));

    private String href(String link, String file, String urlPath, String root) {
        RenderRequest request = new RenderRequest("[x](" + link + ")\n", file, urlPath, root, false, List.of());
        return Jsoup.parseBodyFragment(renderer.renderMarkdown(request).html()).selectFirst("a").attr("href");
    }

    private String href(String link) {
        return href(link, "docs/integrations/sources/postgres.md", "integrations/sources/postgres", "../../../");
    }

    @Test
    void makesSiteHostLinksSiteRelative() {
        assertThat(href("https://docs.airbyte.com/integrations/sources/postgres")).isEqualTo("../../../integrations/sources/postgres/");
        assertThat(href("https://docs.airbyte.com/integrations/sources/postgres#foo")).isEqualTo("../../../integrations/sources/postgres/#foo");
        assertThat(href("http://DOCS.airbyte.com/integrations/sources/")).isEqualTo("../../../integrations/sources/");
        assertThat(href("https://docs.airbyte.com/integrations")).isEqualTo("../../../integrations/");
    }

    @Test
    void leavesSiteHostLinksOutsideTheCatalogAbsolute() {
        assertThat(href("https://docs.airbyte.com/cloud/core-concepts#connection-sync-modes"))
                .isEqualTo("https://docs.airbyte.com/cloud/core-concepts#connection-sync-modes");
    }

    @Test
    void rewritesRootRelativeLinks() {
        assertThat(href("/integrations/sources/postgres")).isEqualTo("../../../integrations/sources/postgres/");
        assertThat(href("/integrations/sources/postgres#foo")).isEqualTo("../../../integrations/sources/postgres/#foo");
        assertThat(href("/integrations/sources/postgres-migrations#3.0.0", "a.md", "integrations/sources/postgres", "/pr-123/"))
                .isEqualTo("/pr-123/integrations/sources/postgres-migrations/#3.0.0");
        assertThat(href("/integrations/sources/postgres.md")).isEqualTo("../../../integrations/sources/postgres/");
        assertThat(href("/using-airbyte/delivery-methods")).isEqualTo("https://docs.airbyte.com/using-airbyte/delivery-methods");
    }

    @Test
    void pointsRelativeMarkdownLinksAtGeneratedPages() {
        assertThat(href("../destinations/s3.md#x")).isEqualTo("../../../integrations/destinations/s3/#x");
        assertThat(href("postgres/foo.md")).isEqualTo("../../../integrations/sources/postgres/foo/");
        assertThat(href("./connector-support-levels.md", "docs/integrations/README.md", "integrations", "../"))
                .isEqualTo("../integrations/connector-support-levels/");
        assertThat(href("postgres.md", "docs/integrations/sources/README.md", "integrations/sources", "../../"))
                .isEqualTo("../../integrations/sources/postgres/");
        assertThat(href("../../platform/x.md")).isEqualTo("https://docs.airbyte.com/platform/x/");
    }

    @Test
    void resolvesOtherRelativeLinksLikeTheDocsSite() {
        assertThat(href("../sources/stripe")).isEqualTo("../../../integrations/sources/stripe/");
        assertThat(href("../../using-airbyte/delivery-methods")).isEqualTo("https://docs.airbyte.com/using-airbyte/delivery-methods/");
    }

    @Test
    void leavesOtherLinksAlone() {
        for (String link : List.of("https://example.com/integrations/x", "#anchor", "mailto:a@b.c", "file:///tmp/x",
                "hhttps://x.y", "../../../../../../too-far.md")) {
            assertThat(href(link)).isEqualTo(link);
        }
    }

    @Test
    void rewritesImagesReferencesAndAutolinks() {
        String md = "![a](./assets/db.png) ![b](https://docs.airbyte.com/integrations/img.png) [r][ref] "
                + "<https://docs.airbyte.com/integrations/sources/mysql>\n\n[ref]: /integrations/destinations/bigquery\n";
        RenderRequest request = new RenderRequest(md, "docs/integrations/sources/postgres/troubleshooting.md",
                "integrations/sources/postgres/troubleshooting", "../../../../", false, List.of());
        Document doc = Jsoup.parseBodyFragment(renderer.renderMarkdown(request).html());
        assertThat(doc.select("img").eachAttr("src")).containsExactly("../../../../integrations/sources/postgres/assets/db.png",
                "../../../../integrations/img.png");
        assertThat(doc.select("a").eachAttr("href")).containsExactly("../../../../integrations/destinations/bigquery/",
                "../../../../integrations/sources/mysql/");
        assertThat(doc.select("a").last().text()).isEqualTo("https://docs.airbyte.com/integrations/sources/mysql");
    }

    @Test
    void linksFromBareMarkdownAreRootRelative() {
        String html = renderer.renderMarkdown("[a](https://docs.airbyte.com/integrations/sources/a)").html();
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("a").attr("href")).isEqualTo("/integrations/sources/a/");
    }
}
