package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sitegen.markdown.MarkdownLimits;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderRequest;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.DocPage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological markdown renders in bounded time without a stack overflow, on any thread: docs past
 * a {@link MarkdownLimits} bound become escaped plain text with a reason (which the loader reports),
 * large but reasonable docs render normally.
 */
class HostileMarkdownTest {

    private static final Duration BOUNDED = Duration.ofSeconds(60);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static String nestedLists(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return sb.toString();
    }

    static String nested(String open, String middle, String close, int depth) {
        return open.repeat(depth) + middle + close.repeat(depth);
    }

    static String changelog(int rows) {
        StringBuilder sb = new StringBuilder("# Big\n\n## Changelog\n\n| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n");
        for (int i = rows; i > 0; i--) {
            sb.append("| 1.0.").append(i).append(" | 2024-01-01 | [").append(i)
                    .append("](https://github.com/o/r/pull/").append(i).append(") | Fix _thing_ `x` <b>y</b> |\n");
        }
        return sb.toString();
    }

    static String wideTable(int columns) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 4; row++) {
            sb.append('|');
            for (int c = 0; c < columns; c++) {
                sb.append(row == 1 ? "---|" : " c" + c + " <i>" + row + "</i> |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Docs past a bound: name, markdown. */
    static Stream<Arguments> tooDeepOrTooLong() {
        return Stream.of(
                Arguments.of("400 nested lists", nestedLists(400)),
                Arguments.of("1,000 nested quotes", ">".repeat(1_000) + " deep\n"),
                Arguments.of("700 nested admonitions", nested(":::note\n\n", "x\n\n", ":::\n\n", 700)),
                Arguments.of("1,000 nested details", nested("<details>\n\n", "x\n\n", "</details>\n\n", 1_000)),
                Arguments.of("5,000 same-line list markers", "- ".repeat(5_000) + "x\n"),
                Arguments.of("3,000 same-line quote lists", "> - ".repeat(3_000) + "x\n"),
                Arguments.of("nested emphasis over lines", nested("*a _\n", "x", "_ a*\n", 3_000)),
                Arguments.of("nested images", nested("![", "x", "](u)", 4_000)),
                // the scan's depth bound counts closing delimiters; these nest through theirs
                Arguments.of("400-star emphasis run", nested("*", "x", "*", 400)),
                Arguments.of("nested images and emphasis", nested("![*", "x", "*](u)", 300)),
                Arguments.of("1 MB line", "word ".repeat(210_000) + "\n"),
                Arguments.of("1 MB line of dashes", "-".repeat(1_048_576) + "\n"),
                Arguments.of("1 MB line of script", "<script>alert(1)</script>".repeat(42_000) + "\n"),
                Arguments.of("quadratic inline tags", "a\n" + "<span>\n".repeat(60_000) + "x\n"),
                Arguments.of("quadratic links", "[a](b) ".repeat(30_000).replace("(b) [", "(b)\n[")),
                Arguments.of("5 MB doc", "para\n\n".repeat(900_000)),
                Arguments.of("400 lines of 2,000 same-line list markers", ("- ".repeat(2_000) + "x\n\n").repeat(400)),
                Arguments.of("20,000 lines of 100 same-line list markers", ("- ".repeat(100) + "x\n\n").repeat(20_000)),
                Arguments.of("19,000 dashes", "-".repeat(19_000) + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooDeepOrTooLong")
    void pastABoundIsEscapedPlainTextWithAReason(String name, String markdown) {
        RenderedDoc doc = assertTimeoutPreemptively(BOUNDED, () -> render(markdown));
        Optional<MarkdownLimits.Problem> loaderVerdict = assertTimeoutPreemptively(BOUNDED,
                () -> MarkdownLimits.findProblem(markdown));

        assertThat(doc.plainTextReason()).as(name).isPresent();
        assertThat(loaderVerdict).as(name).isPresent();
        assertThat(loaderVerdict.get().line()).isPositive();
        org.jsoup.nodes.Document html = Jsoup.parseBodyFragment(doc.html());
        assertThat(html.select("script, img, span, ul, blockquote")).as(name).isEmpty();
        assertThat(html.selectFirst("pre").wholeText()).as(name).isEqualTo(markdown);
        assertThat(html.select("p.render-problem").text()).contains("plain text");
    }

    /** Big but legitimate docs: rendered, in bounded time. */
    static Stream<Arguments> largeButFine() {
        return Stream.of(
                Arguments.of("10,000-row changelog", changelog(10_000)),
                Arguments.of("table with 500 columns", wideTable(500)),
                Arguments.of("20 nested lists", nestedLists(20)),
                Arguments.of("30 nested quotes", ">".repeat(30) + " quote\n"),
                Arguments.of("19,000-character line", "word ".repeat(3_800) + "\n"),
                Arguments.of("thematic break of 250 dashes", "-".repeat(250) + "\n"),
                Arguments.of("10,000 entities in short paragraphs", "&amp; &lt; &#123;\n\n".repeat(3_400)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeButFine")
    void largeButReasonableDocsRender(String name, String markdown) {
        RenderedDoc doc = assertTimeoutPreemptively(BOUNDED, () -> render(markdown));

        assertThat(doc.plainTextReason()).as(name).isEmpty();
        assertThat(MarkdownLimits.findProblem(markdown)).as(name).isEmpty();
    }

    @Test
    void manyLinesOfNestedMarkersAreRejectedWithoutParsing() {
        String markdown = ("> ".repeat(3_000) + "x\n").repeat(600);

        RenderedDoc doc = assertTimeoutPreemptively(BOUNDED, () -> render(markdown));
        Optional<MarkdownLimits.Problem> problem = assertTimeoutPreemptively(BOUNDED,
                () -> MarkdownLimits.findProblem(markdown));

        assertThat(doc.plainTextReason()).hasValueSatisfying(r -> assertThat(r).contains("6000 columns"));
        assertThat(problem).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void tenThousandRowChangelogKeepsEveryRow() {
        RenderedDoc doc = render(changelog(10_000));

        assertThat(Jsoup.parseBodyFragment(doc.html()).select("tbody tr")).hasSize(10_000);
    }

    @Test
    void outcomeIsTheSameOnEveryThread() throws Exception {
        String deep = nestedLists(60) + "\n" + ">".repeat(120) + " q\n\n" + "-".repeat(19_000) + "\n";
        String expected = render(deep).html();
        ExecutorService small = Executors.newFixedThreadPool(2, r -> new Thread(null, r, "small-stack", 256 * 1024));
        try {
            Future<String> onSmallStack = small.submit(() -> render(deep).html());
            assertThat(onSmallStack.get()).isEqualTo(expected);
        } finally {
            small.shutdownNow();
        }
    }

    private static RenderedDoc render(String markdown) {
        return RENDERER.renderMarkdown(RenderRequest.forDoc(
                new DocPage("docs/integrations/sources/x.md", "integrations/sources/x", markdown), "../../../"));
    }
}
