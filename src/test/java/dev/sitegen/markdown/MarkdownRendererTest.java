package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private RenderedDoc render(String markdown) {
        return renderer.renderMarkdown(RenderRequest.forMarkdown(markdown));
    }

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown).html());
    }

    @Test
    void rendersGfmTablesStrikethroughAndAutolinks() {
        Document doc = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ see https://example.com/x\n");
        assertThat(doc.select("table td")).extracting(e -> e.text()).containsExactly("1", "2");
        assertThat(doc.select("del").text()).isEqualTo("gone");
        assertThat(doc.select("a[href=https://example.com/x]")).hasSize(1);
    }

    @Test
    void dropsFrontMatterAndTakesTheTitle() {
        RenderedDoc doc = render("---\ntitle: X\n---\n# Postgres {#pg}\n\nBody\n");
        assertThat(doc.title()).contains("Postgres");
        assertThat(doc.html()).doesNotContain("title: X").doesNotContain("<h1").contains("<p>Body</p>");
    }

    @Test
    void keepsALaterLevelOneHeadingInTheBody() {
        RenderedDoc doc = render("Intro\n\n# Not a title\n");
        assertThat(doc.title()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(doc.html()).select("h1#not-a-title")).hasSize(1);
    }

    @Test
    void givesHeadingsGithubSlugsUniqueOnThePage() {
        RenderedDoc doc = render("# T\n\n## Set `up` guide!\n\n## Set up guide\n\n### Set up guide\n\n## 日本語 ok\n\n## ???\n");
        assertThat(doc.headings()).extracting(HeadingInfo::id)
                .containsExactly("set-up-guide", "set-up-guide-1", "set-up-guide-2", "日本語-ok", "section");
        assertThat(doc.headings().get(0)).isEqualTo(new HeadingInfo(2, "Set up guide!", "set-up-guide"));
        assertThat(Jsoup.parseBodyFragment(doc.html()).select("h3#set-up-guide-2")).hasSize(1);
    }

    @Test
    void honoursCustomHeadingIdsAndRemovesThemFromTheText() {
        RenderedDoc doc = render("## Authenticate {#authentication-s3}\n\n## Other {#authentication-s3}\n\n## Authentication S3\n");
        Document html = Jsoup.parseBodyFragment(doc.html());
        assertThat(html.select("h2").eachAttr("id"))
                .containsExactly("authentication-s3", "authentication-s3-1", "authentication-s3-2");
        assertThat(html.select("h2").first().text()).isEqualTo("Authenticate");
        assertThat(doc.headings().get(0).text()).isEqualTo("Authenticate");
    }

    @Test
    void blanksDroppedLinesKeepingTheRest() {
        String md = "# T\n\n## Changelog\n\n| Version | Date |\n|---|---|\n| 1.0.0 | 2024-01-01 |\n\nAfter\n";
        RenderedDoc doc = renderer.renderMarkdown(RenderRequest.forMarkdown(md).withDropLines(List.of(new LineRange(5, 7))));
        assertThat(doc.html()).doesNotContain("<table").doesNotContain("1.0.0").contains("<p>After</p>");
        assertThat(doc.headings()).extracting(HeadingInfo::text).containsExactly("Changelog");
    }

    @Test
    void isThreadSafeAndDeterministic() throws Exception {
        String md = "# T\n\n## A\n\n:::note\nx [l](/integrations/sources/a)\n:::\n\n## A\n";
        String expected = render(md).html();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> render(md).html()));
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void keepsRawHtmlForTheSanitizer() {
        assertThat(render("<div class=\"x\">\nhi\n</div>\n").html()).contains("<div class=\"x\">");
    }
}
