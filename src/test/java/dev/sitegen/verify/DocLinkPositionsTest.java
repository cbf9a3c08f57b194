package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.markdown.DocLink;
import dev.sitegen.markdown.LineRange;
import dev.sitegen.markdown.MarkdownOptions;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The markdown renderer reports each link as written, as rewritten, and where it is in the file. */
class DocLinkPositionsTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(Set.of("docs.example.com"),
            Map.of("Note", "See [the note](#note-anchor).\n")));

    private List<DocLink> linksOf(String md, String file, String urlPath, List<LineRange> drop) {
        return renderer.renderMarkdown(new RenderRequest(md, file, urlPath, "../../../", false, drop)).links();
    }

    private List<DocLink> linksOf(String md) {
        return linksOf(md, "docs/integrations/sources/x.md", "integrations/sources/x", List.of());
    }

    @Test
    void recordsEveryKindOfLinkWithItsLineAndColumn() {
        String md = """
                ---
                title: X
                ---
                # X

                Text [inline](../destinations/y.md#a) and ![img](./x/a.png "t")
                  and <https://docs.example.com/integrations/sources/z> and [ref][r].

                > <a href="#raw">raw</a>

                <div>
                  <img src="pic.png">
                </div>

                [r]: /integrations/sources/w
                """;

        assertThat(linksOf(md)).containsExactly(
                DocLink.ofMarkdown("../destinations/y.md#a", "../../../integrations/destinations/y/#a", false, false, 6, 6),
                DocLink.ofMarkdown("./x/a.png", "../../../integrations/sources/x/a.png", true, false, 6, 43),
                DocLink.ofMarkdown("https://docs.example.com/integrations/sources/z", "../../../integrations/sources/z/",
                        false, false, 7, 7),
                DocLink.ofMarkdown("/integrations/sources/w", "../../../integrations/sources/w/", false, false, 15, 1),
                DocLink.ofRawHtml("#raw", false, 9, 3),
                DocLink.ofRawHtml("pic.png", true, 12, 3));
    }

    @Test
    void linesStayTrueAfterDroppedLinesAndImports() {
        String md = "import X from '@site/x';\n\n| a |\n|---|\n| [row](#r) |\n\nAfter [the table](#t).\n";

        List<DocLink> links = linksOf(md, "docs/integrations/sources/x.md", "integrations/sources/x",
                List.of(new LineRange(3, 5)));

        assertThat(links).extracting(DocLink::written, DocLink::line, DocLink::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#t", 7, 7));
    }

    @Test
    void snippetLinksHaveNoLineInTheDoc() {
        assertThat(linksOf("# X\n\n<Note />\n")).extracting(DocLink::written, DocLink::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#note-anchor", 0));
    }

    @Test
    void marksRelativeLinksThatClimbAboveTheDocsRoot() {
        List<DocLink> links = linksOf("[a](../../ops/x/) [b](../../platform/y.md) ![c](../../../../z.png)\n",
                "docs/integrations/enterprise/README.md", "integrations/enterprise", List.of());

        assertThat(links).extracting(DocLink::written, DocLink::climbsAboveRoot).containsExactly(
                org.assertj.core.groups.Tuple.tuple("../../ops/x/", true),
                org.assertj.core.groups.Tuple.tuple("../../platform/y.md", false),
                org.assertj.core.groups.Tuple.tuple("../../../../z.png", true));
    }
}
