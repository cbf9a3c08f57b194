package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site path a documentationUrl gives, and each reason it gives none. */
class DocumentationUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://docs.example.org/integrations/sources/foo            | integrations/sources/foo",
        "https://docs.example.org/integrations/sources/foo/           | integrations/sources/foo",
        "https://docs.example.org/integrations/sources/foo.md         | integrations/sources/foo",
        "https://docs.example.org/integrations/sources/foo?x=1#y      | integrations/sources/foo",
        "\" https://docs.example.org/integrations/sources/foo_bar-2~ \" | integrations/sources/foo_bar-2~",
        "https://docs.example.org/integrations/sources/v1.2           | integrations/sources/v1.2",
        "https://docs.example.org/integrations/sources/caf%C3%A9      | integrations/sources/café",
        "https://docs.example.org/integrations                        | integrations",
        "https://docs.example.org/guides/indexing                     | guides/indexing",
    })
    void goodPathsAreKept(String url, String path) {
        assertThat(DocumentationUrls.findPathProblem(url)).isEmpty();
        assertThat(DocumentationUrls.findPath(url)).contains(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "https://docs.example.org",
        "https://docs.example.org/",
        "https://docs.example.org?x",
        "not a url",
    })
    void noPathIsNoProblem(String url) {
        assertThat(DocumentationUrls.findPathProblem(url)).isEmpty();
        assertThat(DocumentationUrls.findPath(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "/integrations/../assets                 | segment '..'",
        "/integrations/sources/..                | segment '..'",
        "/integrations/./sources/x               | segment '.'",
        "/integrations/%2e%2e/assets             | segment '%2e%2e' is '..'",
        "/integrations/%2E%2e/assets             | segment '%2E%2e' is '..'",
        "/integrations/%2E./assets               | segment '%2E.' is '..'",
        "/integrations/.%2e/assets               | segment '.%2e' is '..'",
        "/integrations/%2e/assets                | segment '%2e' is '.'",
        "/integrations/sources/a%2eb             | segment 'a%2eb' hides a '.'",
        "/integrations/sources/a%2fb             | segment 'a%2fb' hides a '/'",
        "/integrations/sources/a%2Fb             | segment 'a%2Fb' hides a '/'",
        "/integrations/sources/a%5cb             | segment 'a%5cb' hides a backslash",
        "/integrations/sources\\..\\x             | backslash",
        "/integrations//sources                  | empty segment",
        "//integrations/sources                  | empty segment",
        "/integrations/sources//                 | empty segment",
        "/integrations/sources/.hidden           | segment '.hidden' starts with a dot",
        "/integrations/sources/a%20b             | segment 'a%20b' holds ' '",
        "/integrations/sources/a:b               | segment 'a:b' holds ':'",
        "/integrations/sources/a%00b             | segment 'a%00b' holds",
        "/integrations/sources/a%C3              | not UTF-8",
        "/assets                                 | 'assets' is the site's own",
        "/ASSETS/x                               | 'ASSETS' is the site's own",
        "/api                                    | 'api' is the site's own",
        "/feeds                                  | 'feeds' is the site's own",
        "/icons                                  | 'icons' is the site's own",
        "/search                                 | 'search' is the site's own",
        "/breaking-changes                       | 'breaking-changes' is the site's own",
        "/releases                               | 'releases' is the site's own",
        "/checks                                 | 'checks' is the site's own",
        "/contributing/guide                     | 'contributing' is the site's own",
        "/404                                    | '404' is the site's own",
        "/404.html                               | '404.html' is the site's own",
        "/index.md                               | 'index' is the site's own",
        "/index.html                             | 'index.html' is the site's own",
        "/sitemap.xml                            | 'sitemap.xml' is the site's own",
        "/robots.txt                             | 'robots.txt' is the site's own",
        "/search-index.json                      | 'search-index.json' is the site's own",
        "/deadlines.ics                          | 'deadlines.ics' is the site's own",
        "/__site-gen/events                      | '__site-gen' is the site's own",
    })
    void badPathsAreNamedAndGiveNoPath(String path, String problem) {
        String url = "https://docs.example.org" + path;
        assertThat(DocumentationUrls.findPathProblem(url)).hasValueSatisfying(p -> assertThat(p).contains(problem));
        assertThat(DocumentationUrls.findPath(url)).isEmpty();
    }

    @Test
    void tooManyOrTooLongSegmentsAreProblems() {
        String deep = "https://docs.example.org" + "/a".repeat(DocumentationUrls.MAX_SEGMENTS + 1);
        String wide = "https://docs.example.org/integrations/" + "a".repeat(DocumentationUrls.MAX_SEGMENT_BYTES + 1);

        assertThat(DocumentationUrls.findPathProblem(deep)).hasValueSatisfying(p -> assertThat(p).contains("segments"));
        assertThat(DocumentationUrls.findPathProblem(wide)).hasValueSatisfying(p -> assertThat(p).contains("bytes"));
        assertThat(DocumentationUrls.findPath("https://docs.example.org" + "/a".repeat(DocumentationUrls.MAX_SEGMENTS)))
                .isPresent();
    }

    @Test
    void hostIsReadWhateverThePath() {
        assertThat(DocumentationUrls.findHost("https://Docs.Example.org/integrations/../x")).contains("Docs.Example.org");
        assertThat(DocumentationUrls.findHost("no host")).isEmpty();
    }

    @Test
    void rememberedAnswersAreTheComputedOnesForEachText() {
        String good = "https://docs.example.org/integrations/sources/remembered";
        String edited = "https://docs.example.org/integrations/sources/remembered/../x";
        String longUrl = "https://docs.example.org/integrations/" + "b".repeat(DocumentationUrls.MAX_KEPT_LENGTH);

        for (int i = 0; i < 2; i++) {
            assertThat(DocumentationUrls.findPath(good)).contains("integrations/sources/remembered");
            assertThat(DocumentationUrls.findPathProblem(good)).isEmpty();
            // another text (an edit of the metadata) is judged on its own, never given the first one's answer
            assertThat(DocumentationUrls.findPath(edited)).isEmpty();
            assertThat(DocumentationUrls.findPathProblem(edited)).hasValueSatisfying(p -> assertThat(p).contains("climbs"));
            // too long to remember: computed each time, the same answer
            assertThat(DocumentationUrls.findPathProblem(longUrl)).hasValueSatisfying(p -> assertThat(p).contains("bytes"));
        }
    }
}
