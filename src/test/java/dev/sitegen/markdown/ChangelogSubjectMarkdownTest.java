package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.DocPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A changelog subject is a table cell: inline markdown only, as GitHub shows it. Each subject renders
 * on its own (one parse serves the whole table), and each link is placed at its row's line and its
 * own column in the doc's file.
 */
class ChangelogSubjectMarkdownTest {

    private static final String FILE = "docs/integrations/sources/otterline.md";
    private static final DocPage DOC_HEAD = new DocPage(FILE, "integrations/sources/otterline", "");
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static List<ChangelogEntry> parseRows(String... subjects) {
        StringBuilder md = new StringBuilder("# Otterline\n\n## Changelog\n\n| Version | Date | Pull Request | Subject |\n"
                + "|---|---|---|---|\n");
        for (int i = 0; i < subjects.length; i++) {
            md.append("| 1.0.").append(subjects.length - i).append(" | 2024-01-01 | 1 | ").append(subjects[i]).append(" |\n");
        }
        DocPage doc = new DocPage(FILE, DOC_HEAD.urlPath(), md.toString());
        return ChangelogParser.parseChangelogs(doc).get(0).entries();
    }

    private static RenderRequest request() {
        return RenderRequest.forDoc(DOC_HEAD, "../../../");
    }

    private static List<String> renderHtml(String... subjects) {
        return RENDERER.renderSubjects(request(), parseRows(subjects)).stream().map(RenderedDoc::html).toList();
    }

    @Test
    void blockSyntaxStaysTextAsInATableCell() {
        assertThat(renderHtml("# not a heading", "- not a list", "> not a quote", "1. not a list", "***", "[x]: /not-a-def"))
                .containsExactly("# not a heading", "- not a list", "&gt; not a quote", "1. not a list", "***",
                        "[x]: /not-a-def");
    }

    @Test
    void inlineMarkupRendersAndEscapedPipesAreText() {
        assertThat(renderHtml("Use `a\\|b` and **bold** _em_ ~~old~~", "plain & simple <b>x</b>", "no markup at all"))
                .containsExactly("Use <code>a|b</code> and <strong>bold</strong> <em>em</em> <del>old</del>",
                        "plain &amp; simple <b>x</b>", "no markup at all");
    }

    @Test
    void eachSubjectKeepsItsOwnLinksAtItsRowAndColumn() {
        List<ChangelogEntry> rows = parseRows("See [a](#setup)", "no links", "[b](./other.md) and <a href=\"#raw\">c</a>");
        List<RenderedDoc> out = RENDERER.renderSubjects(request(), rows);

        // '| 1.0.3 | 2024-01-01 | 1 | See [a](#setup) |' on line 7: the subject at column 28, the link at 32
        assertThat(rows.get(0).subjectPos().column()).isEqualTo(28);
        assertThat(out.get(0).links()).extracting(l -> l.written() + "@" + l.line() + ":" + l.column())
                .containsExactly("#setup@7:32");
        assertThat(out.get(1).links()).isEmpty();
        assertThat(out.get(2).links()).extracting(l -> l.written() + "->" + l.rewritten() + "@" + l.line() + ":" + l.column())
                .containsExactly("./other.md->../../../integrations/sources/other/@9:28", "#raw->#raw@9:48");
        assertThat(RENDERER.listSubjectLinks(request(), rows)).containsExactlyElementsOf(
                List.of(out.get(0).links().get(0), out.get(2).links().get(0), out.get(2).links().get(1)));
    }

    @Test
    void aLinkAfterAnEscapedPipeKeepsItsColumnAsWritten() {
        // '| 1.0.1 | 2024-01-01 | 1 | `a\\|b` [c](#c) |': the link's '[' is column 35 of the line, as written
        assertThat(RENDERER.renderSubjects(request(), parseRows("`a\\|b` [c](#c)")).get(0).links())
                .extracting(l -> l.line() + ":" + l.column()).containsExactly("7:35");
    }

    @Test
    void aSubjectHoldingTheSeparatorCharacterLeavesTheTableAsText() {
        assertThat(renderHtml("[a](#x) \uE000", "`b`")).containsExactly("[a](#x) \uE000", "`b`");
    }
}
