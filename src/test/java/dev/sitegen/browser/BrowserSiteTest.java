package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds {@code content/} with {@code --base-url /preview/}, serves it under that prefix and drives
 * headless Chromium through chromedriver: catalog search and filters, the upgrade planner, console
 * errors, axe-core (WCAG 2.1 A/AA) in light and dark mode, screenshots at desktop and phone widths,
 * and the pages' internal links. Skipped when Chromium or chromedriver is not installed.
 */
class BrowserSiteTest {

    private static final String PREFIX = "/preview/";
    private static final String AS_OF = "2026-11-21";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private static final String CATALOG = "";
    private static final String QUARRY = "integrations/destinations/quarry/";
    private static final String QUARRY_MIGRATIONS = "integrations/destinations/quarry-migrations/";
    /** A Reference section with options, nested fields and array items. */
    private static final String HARBORSQL = "integrations/sources/harborsql/";
    private static final String BREAKING = "breaking-changes/";

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.buildSite(TestPaths.contentDir(), PREFIX, "--as-of", AS_OF);


    // --- 1. catalog ---

    @Test
    void searchNarrowsTheRowsAndWritesTheQuery() throws IOException {
        openCatalog(CATALOG);
        SITE.driver().sendKeys(SITE.driver().findElement("#q"), "quarry");

        SITE.driver().waitFor("location.search === '?q=quarry'", WAIT, "the URL to carry ?q=quarry");
        assertThat(visibleConnectors()).containsExactly("destination-quarry");
        assertThat(SITE.driver().currentUrl()).isEqualTo(SITE.server().rootUrl() + "?q=quarry");
        assertThat(text("#catalog-status")).isEqualTo("1 of " + catalogRows().size() + " connectors shown");

        SITE.driver().clear(SITE.driver().findElement("#q"));
        SITE.driver().waitFor("location.search === ''", WAIT, "the query to go when the search box is cleared");
        assertThat(visibleConnectors()).hasSize(catalogRows().size());
        SITE.assertNoConsoleErrors("catalog search");
    }

    @Test
    void facetFiltersNarrowTheRowsWriteTheQueryAndRecount() throws IOException {
        openCatalog(CATALOG);
        List<Map<String, String>> rows = catalogRows();

        choose("#f-type", "destination");
        SITE.driver().waitFor("location.search.indexOf('type=destination') >= 0", WAIT, "type=destination in the URL");
        Predicate<Map<String, String>> destinations = r -> r.get("type").equals("destination");
        assertThat(visibleConnectors()).containsExactlyElementsOf(ids(rows, destinations));
        assertThat(optionTexts("#f-support")).isEqualTo(expectedCounts(rows, destinations, "support", "#f-support"));

        choose("#f-support", "Community");
        SITE.driver().waitFor("location.search.indexOf('support=Community') >= 0", WAIT, "support=Community in the URL");
        Predicate<Map<String, String>> communityDestinations = destinations.and(r -> r.get("support").equals("Community"));
        assertThat(visibleConnectors()).isNotEmpty().containsExactlyElementsOf(ids(rows, communityDestinations));
        assertThat(query()).containsEntry("type", "destination").containsEntry("support", "Community");
        // Each facet counts the rows the *other* filters leave.
        assertThat(optionTexts("#f-type"))
                .isEqualTo(expectedCounts(rows, r -> r.get("support").equals("Community"), "type", "#f-type"));
        assertThat(optionTexts("#f-support")).isEqualTo(expectedCounts(rows, destinations, "support", "#f-support"));
        SITE.assertNoConsoleErrors("catalog facets");
    }

    @Test
    void breakingChangeCheckboxLeavesOnlyConnectorsWithAPendingDeadline() throws IOException {
        openCatalog(CATALOG);
        SITE.driver().click(SITE.driver().findElement("#f-breaking"));
        SITE.driver().waitFor("location.search.indexOf('breaking=1') >= 0", WAIT, "breaking=1 in the URL");
        assertThat(visibleConnectors()).containsExactly("destination-quarry");
        SITE.assertNoConsoleErrors("catalog breaking filter");
    }

    @Test
    void filtersInTheUrlApplyOnLoad() throws IOException {
        openCatalog(CATALOG + "?type=source&stage=Alpha");
        assertThat(SITE.driver().execute("return [document.getElementById('f-type').value, document.getElementById('f-stage').value];"))
                .extracting(JsonNode::asText).containsExactly("source", "Alpha");
        List<String> expected = ids(catalogRows(), r -> r.get("type").equals("source") && r.get("stage").equals("Alpha"));
        assertThat(expected).isNotEmpty();
        assertThat(visibleConnectors()).containsExactlyElementsOf(expected);
        assertThat(query()).containsEntry("type", "source").containsEntry("stage", "Alpha");
        SITE.assertNoConsoleErrors("catalog with filters in the URL");
    }

    @Test
    void groupingBySupportLevelInsertsHeaderRows() throws IOException {
        openCatalog(CATALOG);
        List<Map<String, String>> rows = catalogRows();
        choose("#f-group", "support");
        SITE.driver().waitFor("document.querySelectorAll('#catalog tbody tr.group-row').length > 0", WAIT, "group header rows");
        assertThat(query()).containsEntry("group", "support");

        JsonNode body = SITE.driver().execute("return Array.from(document.querySelectorAll('#catalog tbody tr')).map(function (tr) {"
                + " return tr.classList.contains('group-row') ? 'group:' + tr.textContent.trim() : 'row:' + tr.dataset.support; });");
        List<String> order = new ArrayList<>();
        body.forEach(n -> order.add(n.asText()));
        List<String> supports = rows.stream().map(r -> r.get("support")).distinct()
                .sorted((a, b) -> supportRank(a) - supportRank(b)).toList();
        assertThat(order.stream().filter(s -> s.startsWith("group:")).map(s -> s.substring(6)).toList())
                .as("group headers in support order").isEqualTo(supports);
        String current = null;
        for (String entry : order) {
            if (entry.startsWith("group:")) {
                current = entry.substring(6);
            } else {
                assertThat(entry).as("rows follow their own group header (%s)", order).isEqualTo("row:" + current);
            }
        }
        SITE.assertNoConsoleErrors("catalog grouping");
    }

    private static int supportRank(String support) {
        int i = List.of("Certified", "Community", "Archived").indexOf(support);
        return i < 0 ? 99 : i;
    }

    // --- 2. upgrade planner ---

    @Test
    void upgradePlannerListsTheBreakingChangesAhead() throws IOException {
        SITE.open(QUARRY);
        SITE.driver().waitFor("document.querySelector('.planner').classList.contains('planner-live')", WAIT, "the planner script");
        assertThat(SITE.driver().isDisplayed(SITE.driver().findElement(".planner .planner-static")))
                .as("the static per-major list is hidden when JS runs").isFalse();

        choose(".planner select", "1.0.0");
        assertThat(visiblePlannerSteps()).containsExactly("2.0.0", "3.0.0");
        assertThat(text(".planner-summary")).startsWith("2 breaking changes between 1.0.0 and");

        choose(".planner select", "2.6.2");
        assertThat(visiblePlannerSteps()).containsExactly("3.0.0");
        assertThat(text(".planner-summary")).startsWith("1 breaking change between 2.6.2 and");
        SITE.assertNoConsoleErrors("upgrade planner");
    }

    private List<String> visiblePlannerSteps() throws IOException {
        return BrowserSite.listTexts(SITE.driver().execute("return Array.from(document.querySelectorAll('.planner-steps li[data-version]'))"
                + ".filter(function (li) { return li.getClientRects().length > 0; }).map(function (li) { return li.dataset.version; });"));
    }

    // --- without JavaScript ---

    @Test
    void withoutJavaScriptPagesShowTheirStaticFallbacks() throws IOException {
        SITE.driver().setScriptsDisabled(true);
        try {
            SITE.open(CATALOG);
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement("#catalog-filters")))
                    .as("the filter form does nothing without the script, so it stays hidden").isFalse();
            assertThat(visibleConnectors()).hasSize(catalogRows().size());
            SITE.open(QUARRY);
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement(".planner .planner-static"))).isTrue();
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement(".planner .planner-steps"))).isFalse();
        } finally {
            SITE.driver().setScriptsDisabled(false);
        }
    }

    // --- 3. console ---

    static Stream<String> consolePages() {
        return Stream.of(CATALOG, QUARRY, QUARRY_MIGRATIONS, BREAKING);
    }

    @ParameterizedTest(name = "no console errors on /preview/{0}")
    @MethodSource("consolePages")
    void pagesLoadWithoutConsoleErrors(String path) throws IOException {
        SITE.open(path);
        SITE.driver().waitFor("document.readyState === 'complete'", WAIT, "the page to load");
        SITE.assertNoConsoleErrors(PREFIX + path);
    }

    // --- 4. axe-core ---

    static Stream<Arguments> axeCases() {
        Stream<Arguments> desktop = Stream.of("light", "dark").flatMap(scheme -> Stream.of(
                Arguments.of("catalog", CATALOG, scheme, 1280),
                Arguments.of("quarry", QUARRY, scheme, 1280),
                Arguments.of("quarry-migrations", QUARRY_MIGRATIONS, scheme, 1280),
                Arguments.of("breaking-changes", BREAKING, scheme, 1280),
                Arguments.of("harborsql reference", HARBORSQL, scheme, 1280),
                // The DOM the catalog script builds: group header rows, recounted options, status text.
                Arguments.of("catalog grouped and filtered", CATALOG + "?type=destination&group=support", scheme, 1280)));
        // The phone layout hides columns and restacks the changelog table.
        Stream<Arguments> phone = Stream.of(
                Arguments.of("catalog", CATALOG, "light", 360),
                Arguments.of("quarry", QUARRY, "light", 360),
                Arguments.of("harborsql reference", HARBORSQL, "light", 360));
        return Stream.concat(desktop, phone);
    }

    @ParameterizedTest(name = "axe WCAG 2.1 AA: {0} ({2}, {3} px)")
    @MethodSource("axeCases")
    void pagesHaveNoAxeViolations(String name, String path, String scheme, int width) throws IOException {
        emulateViewport(width);
        SITE.driver().emulateColorScheme(scheme);
        SITE.open(path);
        assertThat(SITE.driver().execute("return matchMedia('(prefers-color-scheme: dark)').matches;").asBoolean())
                .as("prefers-color-scheme emulation").isEqualTo(scheme.equals("dark"));
        Axe.Result result = Axe.run(SITE.driver(), Axe.WCAG21_AA);
        assertThat(result.passes()).as("axe rules that ran and passed").isGreaterThan(10);
        assertThat(result.violations().size()).as("axe violations on %s%s in %s mode at %d px:%n%s", PREFIX, path, scheme,
                width, result.describe()).isZero();
    }

    // --- 5. screenshots and phone overflow ---

    static Stream<Arguments> screenshotCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 360}) {
                cases.add(Arguments.of("catalog", CATALOG, width, scheme));
                cases.add(Arguments.of("quarry", QUARRY, width, scheme));
                cases.add(Arguments.of("quarry-migrations", QUARRY_MIGRATIONS, width, scheme));
                cases.add(Arguments.of("breaking-changes", BREAKING, width, scheme));
                cases.add(Arguments.of("harborsql", HARBORSQL, width, scheme));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "screenshot {0} at {2}px ({3})")
    @MethodSource("screenshotCases")
    void screenshotsAndNoSidewaysScrollOnPhones(String name, String path, int width, String scheme) throws IOException {
        boolean phone = width < 600;
        emulateViewport(width);
        SITE.driver().emulateColorScheme(scheme);
        SITE.open(path);
        SITE.driver().waitFor("document.readyState === 'complete' && innerWidth === " + width, WAIT, "a " + width + " px viewport");
        // Lazy images below the fold would be blank in a full-page capture: load them all first.
        SITE.driver().execute("document.querySelectorAll('img[loading=lazy]').forEach(function (i) { i.loading = 'eager'; });");
        SITE.driver().waitFor("Array.prototype.every.call(document.images, function (i) { return i.complete; })", WAIT,
                "every image to load");

        Path dir = TestPaths.projectDir().resolve("target/screenshots");
        Files.createDirectories(dir);
        String file = name + "-" + (phone ? "phone" : "desktop") + (scheme.equals("light") ? "" : "-" + scheme) + ".png";
        byte[] png = SITE.driver().fullPageScreenshot();
        assertThat(png).as("PNG signature").startsWith(0x89, 'P', 'N', 'G');
        Files.write(dir.resolve(file), png);

        if (phone) {
            JsonNode overflow = SITE.driver().execute(
                    "var w = document.documentElement.clientWidth, out = [];"
                    + "document.querySelectorAll('body *').forEach(function (e) {"
                    + "  var r = e.getBoundingClientRect();"
                    + "  if (r.right > w + 0.5 && out.length < 8) {"
                    + "    var s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"
                    + "    out.push(s + ' right=' + Math.round(r.right)); } });"
                    + "return {scrollWidth: document.documentElement.scrollWidth, offenders: out};");
            assertThat(overflow.path("scrollWidth").asInt())
                    .as("horizontal overflow on %s%s at %d px; elements past the right edge: %s", PREFIX, path, width,
                            overflow.path("offenders"))
                    .isLessThanOrEqualTo(width);
        }
    }

    // --- 6. links ---

    @Test
    void everyLinkIntoThePreviewAnswers200() throws IOException, InterruptedException {
        Map<String, Set<String>> linkedFrom = new LinkedHashMap<>();
        List<String> outsidePrefix = new ArrayList<>();
        for (String page : consolePages().toList()) {
            SITE.open(page);
            JsonNode urls = SITE.driver().execute("var out = [];"
                    + "document.querySelectorAll('a[href], link[href], script[src], img[src]').forEach(function (e) {"
                    + "  var v = e.getAttribute(e.hasAttribute('href') ? 'href' : 'src');"
                    + "  try { out.push(new URL(v, document.baseURI).href); } catch (x) { out.push('invalid:' + v); } });"
                    + "return out;");
            for (JsonNode u : urls) {
                String url = u.asText();
                int hash = url.indexOf('#');
                String target = hash < 0 ? url : url.substring(0, hash);
                if (target.startsWith(SITE.server().rootUrl())) {
                    linkedFrom.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(PREFIX + page);
                } else if (target.startsWith(SITE.server().origin() + "/") || target.startsWith("invalid:")) {
                    outsidePrefix.add(url + " (on " + PREFIX + page + ")");
                }
            }
        }
        assertThat(outsidePrefix).as("links that miss the /preview/ base URL").isEmpty();
        assertThat(linkedFrom).as("internal links found").hasSizeGreaterThan(10);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : linkedFrom.entrySet()) {
            HttpResponse<Void> res = http.send(HttpRequest.newBuilder(URI.create(e.getKey())).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() != 200) {
                broken.add(res.statusCode() + " " + e.getKey() + " (linked from " + e.getValue() + ")");
            }
        }
        assertThat(broken).as("internal links that do not answer 200").isEmpty();
    }

    // --- helpers ---

    private static void openCatalog(String pathAndQuery) throws IOException {
        SITE.open(pathAndQuery);
        SITE.driver().waitFor("document.getElementById('catalog-filters') && !document.getElementById('catalog-filters').hidden",
                WAIT, "the catalog script to show the filters");
    }

    /** A phone-like viewport below 600 px (mobile meta-viewport handling), else a desktop one. */
    private static void emulateViewport(int width) throws IOException {
        boolean phone = width < 600;
        SITE.driver().emulateViewport(width, phone ? 780 : 900, phone);
    }

    /** Picks an option the way a user does: a click on the option (fires input and change). */
    private static void choose(String selectCss, String value) throws IOException {
        SITE.driver().click(SITE.driver().findElement(selectCss + " option[value='" + value + "']"));
        SITE.driver().waitFor("document.querySelector(" + JSON.writeValueAsString(selectCss) + ").value === "
                + JSON.writeValueAsString(value), WAIT, selectCss + " = " + value);
    }

    private static String text(String css) throws IOException {
        return SITE.driver().execute("return document.querySelector(arguments[0]).textContent.trim();", css).asText();
    }

    private static List<String> visibleConnectors() throws IOException {
        return BrowserSite.listTexts(SITE.driver().execute("return Array.from(document.querySelectorAll('#catalog tr[data-connector]'))"
                + ".filter(function (r) { return r.getClientRects().length > 0; })"
                + ".map(function (r) { return r.dataset.connector; });"));
    }

    /** Every catalog row's data attributes, in document order as rendered (sorted by name). */
    private static List<Map<String, String>> catalogRows() throws IOException {
        JsonNode rows = SITE.driver().execute("return Array.from(document.querySelectorAll('#catalog tr[data-connector]'))"
                + ".map(function (r) { return {connector: r.dataset.connector, type: r.dataset.type,"
                + " support: r.dataset.support, stage: r.dataset.stage, breaking: r.dataset.breaking}; });");
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            r.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asText()));
            out.add(m);
        }
        return out;
    }

    private static List<String> ids(List<Map<String, String>> rows, Predicate<Map<String, String>> keep) {
        return rows.stream().filter(keep).map(r -> r.get("connector")).toList();
    }

    /** "value=text" for each non-empty option of a facet select, e.g. "Community=Community (4)". */
    private static List<String> optionTexts(String selectCss) throws IOException {
        return BrowserSite.listTexts(SITE.driver().execute("return Array.from(document.querySelectorAll(arguments[0] + ' option'))"
                + ".filter(function (o) { return o.value; }).map(function (o) { return o.value + '=' + o.textContent.trim(); });",
                selectCss));
    }

    /** What {@link #optionTexts} should say: each option's label and the count of rows that pass {@code others}. */
    private static List<String> expectedCounts(List<Map<String, String>> rows, Predicate<Map<String, String>> others,
            String key, String selectCss) throws IOException {
        JsonNode options = SITE.driver().execute("return Array.from(document.querySelectorAll(arguments[0] + ' option'))"
                + ".filter(function (o) { return o.value; }).map(function (o) { return [o.value, o.dataset.label]; });",
                selectCss);
        List<String> out = new ArrayList<>();
        for (JsonNode o : options) {
            String value = o.get(0).asText();
            long n = rows.stream().filter(others).filter(r -> r.get(key).equals(value)).count();
            out.add(value + "=" + o.get(1).asText() + " (" + n + ")");
        }
        return out;
    }

    private static Map<String, String> query() throws IOException {
        String raw = URI.create(SITE.driver().currentUrl()).getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
