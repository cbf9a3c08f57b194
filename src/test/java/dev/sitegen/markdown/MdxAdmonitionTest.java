package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MdxAdmonitionTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document html(String markdown) {
        Document doc = Jsoup.parseBodyFragment(renderer.renderMarkdown(RenderRequest.forMarkdown(markdown)).html());
        Document outsideCode = doc.clone();
        outsideCode.select("pre, code").remove();
        assertThat(outsideCode.body().wholeText()).doesNotContain(":::");
        return doc;
    }

    @Test
    void rendersEachTypeAsAnAccessibleCallout() {
        for (String type : new String[] {"note", "info", "tip", "warning", "caution", "danger"}) {
            Element aside = html(":::" + type + "\nBody *text*\n:::\n").selectFirst("aside");
            assertThat(aside.className()).isEqualTo("admonition admonition-" + type);
            assertThat(aside.attr("role")).isEqualTo("note");
            String label = Character.toUpperCase(type.charAt(0)) + type.substring(1);
            assertThat(aside.attr("aria-label")).isEqualTo(label);
            assertThat(aside.selectFirst("p.admonition-title").text()).isEqualTo(label);
            assertThat(aside.select("p em").text()).isEqualTo("text");
        }
    }

    @Test
    void usesTheTitleWrittenOnTheFence() {
        Document doc = html(":::info `REST API` limits\nx\n:::\n\n:::tip[Bracketed]\ny\n:::\n\n::: note\nz\n:::\n");
        assertThat(doc.select("p.admonition-title").eachText()).containsExactly("REST API limits", "Bracketed", "Note");
        assertThat(doc.select("p.admonition-title code").text()).isEqualTo("REST API");
    }

    @Test
    void nestsWithLongerOuterFences() {
        Document doc = html("::::warning\nouter\n:::tip\ninner\n:::\nafter\n::::\n\nout\n");
        Element outer = doc.selectFirst("aside.admonition-warning");
        assertThat(outer.select("> aside.admonition-tip > p:not(.admonition-title)").text()).isEqualTo("inner");
        assertThat(outer.select("> p").eachText()).containsExactly("Warning", "outer", "after");
        assertThat(doc.select("body > p").text()).isEqualTo("out");
    }

    @Test
    void nestsWithEqualFences() {
        Document doc = html(":::note\na\n:::danger\nb\n:::\nc\n:::\n");
        assertThat(doc.select("aside.admonition-note > aside.admonition-danger")).hasSize(1);
        assertThat(doc.select("aside.admonition-note > p").eachText()).containsExactly("Note", "a", "c");
    }

    @Test
    void closesUnclosedAdmonitionsAtTheEnd() {
        Document doc = html("before\n\n:::caution\nnever closed\n\n## Heading\n\n:::note\ninner open too\n");
        assertThat(doc.select("aside.admonition-caution > aside.admonition-note")).hasSize(1);
        assertThat(doc.select("aside.admonition-caution > h2")).hasSize(1);
    }

    @Test
    void dropsAStrayClosingFence() {
        Document doc = html("text\n\n:::\n\nmore\n");
        assertThat(doc.select("p").eachText()).containsExactly("text", "more");
    }

    @Test
    void interruptsParagraphsWithoutBlankLines() {
        Document doc = html("Para\n:::note\nInside\n:::\nAfter\n");
        assertThat(doc.select("body > p").eachText()).containsExactly("Para", "After");
        assertThat(doc.select("aside p:not(.admonition-title)").text()).isEqualTo("Inside");
    }

    @Test
    void staysInsideListItems() {
        String md = "1. Step\n   - (Recommended) OAuth\n\n     :::note HubSpot issues\n     Retry.\n     :::\n   - Private app\n2. Next\n";
        Document doc = html(md);
        Element aside = doc.selectFirst("ol > li > ul > li > aside.admonition-note");
        assertThat(aside).isNotNull();
        assertThat(aside.selectFirst(".admonition-title").text()).isEqualTo("HubSpot issues");
        assertThat(doc.select("ol > li")).hasSize(2);
    }

    @Test
    void endsWithItsListItemWhenClosedOutsideIt() {
        Document doc = html("- a\n  :::info\n  in item\n- b\n:::\n\nafter\n");
        assertThat(doc.select("li").first().select("aside.admonition-info")).hasSize(1);
        assertThat(doc.select("li")).hasSize(2);
        assertThat(doc.select("body > p").text()).isEqualTo("after");
    }

    @Test
    void worksInBlockQuotes() {
        assertThat(html("> :::tip\n> quoted\n> :::\n").select("blockquote > aside.admonition-tip")).hasSize(1);
    }

    @Test
    void leavesFencesInsideCodeVerbatim() {
        Document doc = html("```md\n:::note\nimport X from 'y'\n:::\n```\n\n    :::warning\n    indented code\n");
        assertThat(doc.select("aside")).isEmpty();
        assertThat(doc.select("pre code").eachText()).containsExactly(":::note\nimport X from 'y'\n:::",
                ":::warning\nindented code");
    }

    @Test
    void treatsUnknownTypesAsNotes() {
        Element aside = html(":::important Heads up\nx\n:::\n").selectFirst("aside");
        assertThat(aside.className()).isEqualTo("admonition admonition-note");
        assertThat(aside.selectFirst(".admonition-title").text()).isEqualTo("Heads up");
    }

    @Test
    void keepsAnAdmonitionInsideAnHtmlCommentHidden() {
        Document doc = html("<!-- Commented out:\n\n:::note\nhidden\n::: -->\n\nshown\n");
        assertThat(doc.select("aside")).isEmpty();
        assertThat(doc.body().text()).isEqualTo("shown");
    }

    @Test
    void takesDeeplyIndentedFencesAfterParagraphs() {
        Document doc = html("> quoted\n    :::note\ntext\n:::\n");
        assertThat(doc.select("blockquote p").text()).isEqualTo("quoted");
        assertThat(doc.select("aside.admonition-note p:not(.admonition-title)").text()).isEqualTo("text");
    }
}
