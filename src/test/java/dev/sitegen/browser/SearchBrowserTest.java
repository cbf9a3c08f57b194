package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full-text search in real Chromium on {@code content/} built with {@code --base-url /preview/}: queries find
 * the section they should first, search.js normalizes words as the index writer does (the shared vectors), the
 * header box works from the keyboard alone (an ARIA combobox), the results page keeps its state in the URL,
 * axe finds nothing on it, and without JavaScript it says so. Skipped without Chromium.
 */
class SearchBrowserTest {

    private static final String PREFIX = "/preview/";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SEARCH = "search/index.html";
    private static final String QUARRY = "integrations/destinations/quarry/";

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.buildSite(TestPaths.contentDir(), PREFIX, "--as-of", "2026-11-21");


    // --- ranking: ten queries, each with the section it must find first ---

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("heading words", "SSH tunnel", "integrations/sources/harborsql/#connecting-through-an-ssh-tunnel"),
                Arguments.of("heading words", "data type mapping", "integrations/sources/harborsql/#data-type-mapping"),
                Arguments.of("heading with a stop word", "choose a catalog", "integrations/destinations/lakehold/#step-2-choose-a-catalog"),
                Arguments.of("paragraph words", "oplog window", "integrations/sources/mossdb/#troubleshooting"),
                Arguments.of("paragraph word", "invalid_grant", "integrations/sources/ledgerly/#ledgerly-troubleshooting"),
                Arguments.of("spec field name", "initial_waiting_seconds", "integrations/sources/harborsql/#reference"),
                Arguments.of("spec field name", "tunnel_host", "integrations/sources/harborsql/#reference"),
                Arguments.of("prefix as typed", "sftp cred", "integrations/destinations/burrow/#step-1-create-sftp-credentials"),
                Arguments.of("singular of a plural heading", "severity", "contributing/running-checks/#severities-in-siteyaml"),
                Arguments.of("plural of a singular word", "personal access tokens", "integrations/sources/formwise/#step-1-create-a-personal-access-token"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" finds {2} first")
    @MethodSource("queries")
    void queriesFindTheExpectedSectionFirst(String kind, String query, String expected) throws IOException {
        openResults("?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        List<String> hrefs = resultLinks();
        assertThat(hrefs).as("results for %s", query).isNotEmpty();
        assertThat(hrefs.get(0)).as("best result for \"%s\" (all: %s)", query, hrefs).isEqualTo(SITE.server().rootUrl() + expected);
        assertThat(SITE.driver().execute("return document.querySelectorAll('#search-results mark').length;").asInt())
                .as("highlighted words in the snippets").isPositive();
        keys().assertNoConsoleErrors("search for " + query);
    }

    // --- the shared normalize vectors, run in the page ---

    @Test
    void normalizeAgreesWithEveryVector() throws IOException {
        openResults("");
        List<String[]> vectors = new ArrayList<>();
        for (String line : Files.readAllLines(TestPaths.projectDir().resolve("src/test/resources/search/normalize-vectors.tsv"))) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] cols = line.split("\t", -1);
                vectors.add(new String[] {cols[0].replace("\\t", "\t"), cols.length > 1 ? cols[1] : ""});
            }
        }
        assertThat(vectors).hasSizeGreaterThan(50);
        JsonNode got = SITE.driver().execute("return arguments[0].map(function (s) { return window.siteGenSearch.normalize(s).join(' '); });",
                vectors.stream().map(v -> v[0]).toList());
        for (int i = 0; i < vectors.size(); i++) {
            assertThat(got.get(i).asText()).as("normalize(%s)", vectors.get(i)[0]).isEqualTo(vectors.get(i)[1]);
        }
    }

    // --- the header box: loads on use, keyboard only ---

    @Test
    void searchScriptLoadsOnlyWhenTheBoxIsUsed() throws IOException {
        SITE.open(QUARRY);
        SITE.driver().waitFor("document.readyState === 'complete'", WAIT, "the page to load");
        assertThat(keys().resourcesNamed("assets/search-box.js").size()).as("the box's own script").isOne();
        assertThat(keys().resourcesNamed("assets/search.js").size()).as("search.js fetched before use").isZero();
        keys().pressSlash();
        SITE.driver().waitFor("window.siteGenSearch", WAIT, "search.js to load when the box gets focus");
        assertThat(SITE.driver().execute("return document.activeElement.id;").asText()).isEqualTo("site-search-q");
        assertThat(keys().resourcesNamed("/search/").size()).as("search data fetched before a query").isZero();
        keys().type("slot");
        waitForSuggestions();
        assertThat(keys().resourcesNamed("/search/meta.json").size()).isOne();
    }

    @Test
    void keyboardAloneFindsAndOpensAResult() throws IOException {
        SITE.open(QUARRY);
        keys().pressSlash();
        keys().type("ssh tunnel");
        waitForSuggestions();
        JsonNode first = SITE.driver().execute("var o = document.querySelector('#site-search-list [role=option]');"
                + "return [o.id, document.querySelectorAll('#site-search-list [role=option]').length];");
        assertThat(first.get(1).asInt()).isGreaterThan(0);
        assertThat(attribute("aria-activedescendant")).isEmpty();
        keys().press("ArrowDown");
        assertThat(attribute("aria-activedescendant")).isEqualTo(first.get(0).asText());
        assertThat(SITE.driver().execute("return document.getElementById(arguments[0]).getAttribute('aria-selected');",
                first.get(0).asText()).asText()).isEqualTo("true");
        if (first.get(1).asInt() > 1) {
            keys().press("ArrowDown");
            keys().press("ArrowUp");
            assertThat(attribute("aria-activedescendant")).isEqualTo(first.get(0).asText());
        }
        keys().press("Enter");
        SITE.driver().waitFor("location.hash === '#connecting-through-an-ssh-tunnel'", WAIT, "the chosen section to open");
        assertThat(SITE.driver().currentUrl()).isEqualTo(SITE.server().rootUrl() + "integrations/sources/harborsql/#connecting-through-an-ssh-tunnel");
        keys().assertNoConsoleErrors("keyboard search");
    }

    @Test
    void escapeClosesAndEnterWithoutAChoiceOpensTheResultsPage() throws IOException {
        SITE.open(QUARRY);
        keys().pressSlash();
        keys().type("replication slot");
        waitForSuggestions();
        keys().press("Escape");
        assertThat(attribute("aria-expanded")).isEqualTo("false");
        assertThat(SITE.driver().execute("return document.getElementById('site-search-list').hidden;").asBoolean()).isTrue();
        assertThat(SITE.driver().execute("return document.activeElement.id;").asText()).isEqualTo("site-search-q");
        keys().press("Enter");
        SITE.driver().waitFor("location.pathname.endsWith('/search/index.html')", WAIT, "the results page");
        assertThat(SITE.driver().currentUrl()).isEqualTo(SITE.server().rootUrl() + SEARCH + "?q=replication%20slot");
        SITE.driver().waitFor("document.querySelectorAll('#search-results li').length > 0", WAIT, "results");
        assertThat(SITE.driver().execute("return document.getElementById('search-page-q').value;").asText()).isEqualTo("replication slot");
    }

    @Test
    void slashTypedInAFieldIsText() throws IOException {
        openResults("");
        SITE.driver().click(SITE.driver().findElement("#search-page-q"));
        keys().type("a/b");
        assertThat(SITE.driver().execute("return [document.activeElement.id, document.activeElement.value];"))
                .extracting(JsonNode::asText).containsExactly("search-page-q", "a/b");
    }

    // --- the results page ---

    @Test
    void filtersWriteTheUrlAndBackRestoresTheSearch() throws IOException {
        openResults("?q=troubleshooting");
        int all = resultLinks().size();
        SITE.driver().click(SITE.driver().findElement("#search-type option[value='destination']"));
        SITE.driver().waitFor("location.search === '?q=troubleshooting&type=destination'", WAIT, "the filter in the URL");
        SITE.driver().waitFor("document.querySelectorAll('#search-results li').length > 0", WAIT, "filtered results");
        List<String> filtered = resultLinks();
        assertThat(filtered).allMatch(h -> h.startsWith(SITE.server().rootUrl() + "integrations/destinations/"));
        assertThat(filtered.size()).isLessThan(all);
        SITE.driver().execute("history.back();");
        SITE.driver().waitFor("location.search === '?q=troubleshooting' && document.getElementById('search-type').value === ''",
                WAIT, "Back to restore the unfiltered search");
        SITE.driver().waitFor("document.querySelectorAll('#search-results li').length === " + all, WAIT, "every result again");
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndLinksToTheCatalog() throws IOException {
        SITE.driver().setScriptsDisabled(true);
        try {
            SITE.open(SEARCH + "?q=slot");
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement("#search-nojs"))).isTrue();
            assertThat(SITE.driver().execute("return document.getElementById('search-nojs').textContent;").asText()).contains("JavaScript");
            assertThat(SITE.driver().execute("return document.querySelector('#search-nojs a').href;").asText()).isEqualTo(SITE.server().rootUrl());
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement("form.site-search"))).as("the header box needs JS").isFalse();
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement("#search-page"))).isFalse();
        } finally {
            SITE.driver().setScriptsDisabled(false);
        }
    }

    static Stream<Arguments> axeCases() {
        return Stream.of(Arguments.of("light", 1280), Arguments.of("dark", 1280), Arguments.of("light", 360),
                Arguments.of("dark", 360));
    }

    @ParameterizedTest(name = "axe WCAG 2.1 AA: search page and open suggestions ({0}, {1} px)")
    @MethodSource("axeCases")
    void searchPageAndSuggestionsHaveNoAxeViolations(String scheme, int width) throws IOException {
        SITE.driver().emulateViewport(width, width < 600 ? 780 : 900, width < 600);
        SITE.driver().emulateColorScheme(scheme);
        openResults("?q=replication");
        keys().assertNoAxeViolations("search page " + scheme + " " + width);
        SITE.driver().click(SITE.driver().findElement("#site-search-q"));
        keys().type("replication");
        waitForSuggestions();
        keys().press("ArrowDown");
        keys().assertNoAxeViolations("open suggestions " + scheme + " " + width);
        Path shots = Files.createDirectories(TestPaths.projectDir().resolve("target/screenshots"));
        Files.write(shots.resolve("search-suggestions-" + scheme + "-" + width + ".png"), SITE.driver().screenshot());
        assertThat(SITE.driver().execute("return document.documentElement.scrollWidth;").asInt()).as("no sideways scroll")
                .isLessThanOrEqualTo(width);
    }

    // --- helpers ---

    private static void openResults(String query) throws IOException {
        SITE.open(SEARCH + query);
        SITE.driver().waitFor("window.siteGenSearch && !document.getElementById('search-page').hidden", WAIT, "search.js on the results page");
        if (!query.isEmpty()) {
            SITE.driver().waitFor("document.getElementById('search-status').textContent.indexOf('…') < 0"
                    + " && document.getElementById('search-status').textContent !== ''", WAIT, "the search to finish");
        }
    }

    private static List<String> resultLinks() throws IOException {
        List<String> out = new ArrayList<>();
        SITE.driver().execute("return Array.from(document.querySelectorAll('#search-results li > a')).map(function (a) { return a.href; });")
                .forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Until the suggestions shown are those of the whole text typed (each key schedules a search). */
    private static void waitForSuggestions() throws IOException {
        SITE.driver().waitFor("document.getElementById('site-search-q').getAttribute('aria-expanded') === 'true'"
                + " && document.getElementById('site-search-list').dataset.query === document.getElementById('site-search-q').value",
                WAIT, "suggestions for the text typed");
    }

    private static String attribute(String name) throws IOException {
        return SITE.driver().execute("return document.getElementById('site-search-q').getAttribute(arguments[0]) || '';", name).asText();
    }

    private static SearchKeys keys() {
        return new SearchKeys(SITE.driver());
    }
}
