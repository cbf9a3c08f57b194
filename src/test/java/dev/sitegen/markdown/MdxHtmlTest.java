package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Details, environment sections, component wrappers, imports, components and comments. */
class MdxHtmlTest {

    private MarkdownRenderer renderer = new MarkdownRenderer();

    private Document html(String markdown) {
        String out = renderer.renderMarkdown(RenderRequest.forMarkdown(markdown)).html();
        assertThat(out).doesNotContainIgnoringCase("<hideinui").doesNotContainIgnoringCase("<fieldanchor")
                .doesNotContain("<!--");
        return Jsoup.parseBodyFragment(out);
    }

    @Test
    void keepsDetailsWithMarkdownInside() {
        Document doc = html("<details>\n  <summary>Expand to review</summary>\n\n| V | D |\n|---|---|\n| 1.0.0 | x |\n\n</details>\n\nafter\n");
        Element details = doc.selectFirst("details");
        assertThat(details.selectFirst("> summary").text()).isEqualTo("Expand to review");
        assertThat(details.select("> table td").eachText()).containsExactly("1.0.0", "x");
        assertThat(doc.select("body > p").text()).isEqualTo("after");
    }

    @Test
    void rendersMarkdownInDetailsEvenWithoutBlankLines() {
        Document doc = html("<details>\n<summary>\nExpand to see **limits**.\n</summary>\n- item\n</details>\n");
        Element details = doc.selectFirst("details");
        assertThat(details.selectFirst("summary").text()).isEqualTo("Expand to see limits.");
        assertThat(details.select("summary strong")).hasSize(1);
        assertThat(details.select("summary p")).isEmpty();
        assertThat(details.select("ul > li").text()).isEqualTo("item");
    }

    @Test
    void readsDetailsAndSummaryOnOneLine() {
        Element details = html("<details open><summary>Both</summary>\n\ntext\n</details>\n").selectFirst("details");
        assertThat(details.hasAttr("open")).isTrue();
        assertThat(details.child(0).tagName()).isEqualTo("summary");
        assertThat(details.child(0).text()).isEqualTo("Both");
        assertThat(details.select("p").text()).isEqualTo("text");
    }

    @Test
    void nestsAdmonitionsInDetails() {
        Document doc = html("<details>\n<summary>S</summary>\n\n:::note\nx\n:::\n\n</details>\n");
        assertThat(doc.select("details > aside.admonition-note")).hasSize(1);
    }

    @Test
    void showsHideInUiContentWithoutTheTags() {
        Document doc = html("<HideInUI>\n\nThis page contains the **setup** guide.\n\n</HideInUI>\n\n## Prereq\n");
        assertThat(doc.select("body > p").text()).isEqualTo("This page contains the setup guide.");
        assertThat(doc.select("h2")).hasSize(1);
    }

    @Test
    void unwrapsFieldAnchorsBlockAndInline() {
        Document doc = html("<FieldAnchor field=\"start_date\">\n\n6. For **Start date**, pick one.\n\n</FieldAnchor>\n\n"
                + "Inline <FieldAnchor field=\"x\">kept</FieldAnchor> text\n");
        assertThat(doc.select("ol > li").text()).isEqualTo("For Start date, pick one.");
        assertThat(doc.select("ol").attr("start")).isEqualTo("6");
        assertThat(doc.select("body > p").text()).isEqualTo("Inline kept text");
    }

    /**
     * The tag is kept out of the page on purpose: the field ids belong to the Reference section, and the
     * docs site shows the wrapped text as plain text too.
     */
    @Test
    void rendersAFieldAnchorListOfOptionsAsItsChildrenOnly() {
        Document doc = html("<FieldAnchor field=\"streams.0.format[csv], host,port\">\n\nSet the **format**.\n\n</FieldAnchor>\n");
        assertThat(doc.body().children()).singleElement().satisfies(p -> {
            assertThat(p.tagName()).isEqualTo("p");
            assertThat(p.text()).isEqualTo("Set the format.");
        });
        assertThat(doc.select("[id], [field]")).isEmpty();
        assertThat(doc.text()).doesNotContain("streams.0");
    }

    @Test
    void labelsEnvironmentSections() {
        Document doc = html("<!-- env:oss -->\n\n### Self-managed\n\nstep\n\n<!-- /env:oss -->\n<!-- env:cloud -->\ncloud step\n<!-- /env:cloud -->\n");
        Element oss = doc.selectFirst("div.env.env-oss");
        assertThat(oss.selectFirst("> p.env-label").text()).isEqualTo("Self-managed only");
        assertThat(oss.select("> h3").text()).isEqualTo("Self-managed");
        Element cloud = doc.selectFirst("div.env.env-cloud");
        assertThat(cloud.selectFirst("> p.env-label").text()).isEqualTo("Cloud only");
        assertThat(cloud.select("> p:not(.env-label)").text()).isEqualTo("cloud step");
    }

    @Test
    void spansEnvironmentMarkersAcrossListStructure() {
        String md = "1. First step <!-- env:oss -->\n2. Second\n\n```\ncode\n```\n\n<!-- /env:oss -->\n\nShared\n";
        Document doc = html(md);
        Element oss = doc.selectFirst("div.env-oss");
        assertThat(oss.select("ol > li")).hasSize(2);
        assertThat(oss.select("pre")).hasSize(1);
        assertThat(doc.select("body > p").text()).isEqualTo("Shared");

        Document closedInList = html("- A\n<!-- env:oss -->\n- B\n  <!-- /env:oss -->\n\n## Next\n");
        assertThat(closedInList.select("div.env-oss li").eachText()).containsExactly("B");
        assertThat(closedInList.select("body > h2")).hasSize(1);
    }

    @Test
    void closesAnUnclosedEnvironmentAtTheEndOfItsContainer() {
        Document doc = html("<!-- env:cloud -->\n\nonly cloud\n");
        assertThat(doc.select("div.env-cloud > p:not(.env-label)").text()).isEqualTo("only cloud");
    }

    @Test
    void removesTopLevelImportsOutsideCode() {
        String md = "import Tabs from '@theme/Tabs';\nimport {\n  A,\n  B\n} from \"./x\";\n# Title\n\n"
                + "```python\nimport os\nimport X from 'y'\n```\n\nimport pinecone is prose here\n";
        RenderedDoc doc = renderer.renderMarkdown(RenderRequest.forMarkdown(md));
        assertThat(doc.title()).contains("Title");
        Document html = Jsoup.parseBodyFragment(doc.html());
        assertThat(html.select("pre code").text()).contains("import os").contains("import X from 'y'");
        html.select("pre").remove();
        assertThat(html.body().text()).isEqualTo("import pinecone is prose here");
    }

    @Test
    void keepsLineNumbersWhenBlankingImports() {
        String out = SourcePrepass.blankLines("import A from 'a';\nimport {\nB\n} from 'b'\ntext\n", java.util.List.of());
        assertThat(out).isEqualTo("\n\n\n\ntext\n");
    }

    @Test
    void dropsUnmappedComponentsAndComments() {
        Document doc = html("<EntityRelationshipDiagram></EntityRelationshipDiagram>\n<ConnectorRegistry type=\"source\"/>\n"
                + "<!-- note to self -->\n\ntext <Inline /> here\n");
        assertThat(doc.body().children()).hasSize(1);
        assertThat(doc.select("p").text()).isEqualTo("text here");
    }

    @Test
    void expandsMappedComponentsIntoSnippets() {
        renderer = new MarkdownRenderer(new MarkdownOptions(Set.of(),
                Map.of("MigrationGuide", "## Upgrade steps\n\n:::tip\nDo **this**\n\n<Loop />\n", "Loop", "<Loop />\nlooped\n")));
        RenderedDoc doc = renderer.renderMarkdown(RenderRequest.forMarkdown("import MigrationGuide from './g.md';\n\n- item\n\n  <MigrationGuide />\n\nafter\n"));
        Document html = Jsoup.parseBodyFragment(doc.html());
        Element tip = html.selectFirst("li > aside.admonition-tip");
        assertThat(tip.select("strong").text()).isEqualTo("this");
        assertThat(tip.select("p").eachText()).contains("looped");
        assertThat(html.select("li > h2#upgrade-steps")).hasSize(1);
        assertThat(html.select("body > p").text()).isEqualTo("after");
        assertThat(doc.headings()).extracting(HeadingInfo::id).containsExactly("upgrade-steps");
    }

    @Test
    void rendersTabsAsLabelledSections() {
        Document doc = html("<Tabs>\n  <TabItem value=\"gcp\" label=\"Google Cloud\" default>\n\n1. Step\n\n  </TabItem>\n"
                + "  <TabItem value=\"rds\">\n\ntext\n\n  </TabItem>\n</Tabs>\n");
        assertThat(doc.select("div.tabs > section.tab > p.tab-label").eachText()).containsExactly("Google Cloud", "rds");
        assertThat(doc.select("section.tab ol li").text()).isEqualTo("Step");
    }

    @Test
    void scrubsMdxOutOfRawHtmlBlocks() {
        Document doc = html("<div class=\"box\">\n:::note\n<Foo />\n<span>kept <Bar/> text</span>\n> :::\n</div>\n");
        assertThat(doc.select("div.box span").text()).isEqualTo("kept text");
        assertThat(doc.body().wholeText()).doesNotContain(":::");
        assertThat(doc.body().getAllElements()).allMatch(e -> e.tag().isKnownTag());
    }
}
