package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.markdown.MarkdownOptions;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.RenderRequest;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every doc of the shared corpus renders, and no MDX syntax survives into the HTML. */
class CorpusMarkdownTest {

    private static final MarkdownRenderer RENDERER =
            new MarkdownRenderer(new MarkdownOptions(Set.of("docs.airbyte.com"), Map.of()));

    private static Path corpus;
    private static List<Path> docs;

    @BeforeAll
    static void findDocs() throws IOException {
        Optional<Path> found = TestPaths.findCorpus();
        assumeTrue(found.isPresent(), "shared corpus not present");
        corpus = found.get();
        try (Stream<Path> files = Files.walk(corpus.resolve("docs/integrations"))) {
            docs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void rendersEveryDocWithoutMdxLeftovers() {
        assertThat(docs).hasSize(746);
        SoftAssertions soft = new SoftAssertions();
        int sourceTotal = 0;
        int renderedTotal = 0;
        for (Path doc : docs) {
            String markdown = readDoc(doc);
            Document html = Jsoup.parseBodyFragment(renderDoc(doc, markdown).html());
            int expected = countAdmonitionOpenings(markdown);
            int rendered = html.select("aside.admonition").size();
            sourceTotal += expected;
            renderedTotal += rendered;
            String name = corpus.relativize(doc).toString();
            soft.assertThat(rendered).as("admonitions in %s", name).isEqualTo(expected);
            html.select("pre, code").remove();
            String text = html.body().wholeText();
            soft.assertThat(text).as("::: in %s", name).doesNotContain(":::");
            soft.assertThat(text.lines().map(String::strip).filter(l -> l.startsWith("import ")).toList())
                    .as("imports in %s", name).isEmpty();
            soft.assertThat(findUnknownTags(html)).as("raw components in %s", name).isEmpty();
        }
        System.out.printf("corpus: %d docs, %d admonitions in source, %d rendered%n", docs.size(), sourceTotal,
                renderedTotal);
        soft.assertAll();
    }

    @Test
    void rendersAllDocsSingleThreaded() {
        List<String> texts = docs.stream().map(CorpusMarkdownTest::readDoc).toList();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) {
                assertThat(renderDoc(docs.get(i), texts.get(i)).html()).isNotNull();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("corpus: rendered %d docs single-threaded in %d ms (best of 3)%n", docs.size(),
                best / 1_000_000);
    }

    private static RenderedDoc renderDoc(Path doc, String markdown) {
        String file = corpus.relativize(doc).toString().replace('\\', '/');
        String urlPath = file.substring("docs/".length(), file.length() - ".md".length());
        String depth = "../".repeat((int) urlPath.chars().filter(c -> c == '/').count() + 1);
        return RENDERER.renderMarkdown(new RenderRequest(markdown, file, urlPath, depth,
                file.endsWith("-migrations.md"), List.of()));
    }

    /** Admonition openings ({@code :::type}) outside fenced code and HTML comments. */
    static int countAdmonitionOpenings(String markdown) {
        int count = 0;
        String fence = null;
        boolean inComment = false;
        for (String line : markdown.split("\n", -1)) {
            String s = line.strip();
            if (fence != null) {
                fence = closesFence(s, fence) ? null : fence;
            } else if (inComment) {
                inComment = !s.contains("-->");
            } else if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = s.substring(0, 3);
            } else if (s.startsWith("<!--")) {
                inComment = !s.contains("-->");
            } else if (isAdmonitionOpening(s)) {
                count++;
            }
        }
        return count;
    }

    private static boolean closesFence(String s, String fence) {
        return s.startsWith(fence) && s.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static boolean isAdmonitionOpening(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ':') {
            i++;
        }
        String rest = s.substring(i).stripLeading();
        return i >= 3 && !rest.isEmpty() && Character.isLetter(rest.charAt(0));
    }

    private static List<String> findUnknownTags(Document html) {
        List<String> unknown = new ArrayList<>();
        for (Element e : html.body().getAllElements()) {
            if (!e.tag().isKnownTag()) {
                unknown.add(e.tagName());
            }
        }
        return unknown;
    }

    private static String readDoc(Path doc) {
        try {
            return Files.readString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
