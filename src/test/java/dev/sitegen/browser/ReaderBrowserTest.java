package dev.sitegen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's comforts in headless Chromium, on the {@code reader} fixture built with {@code --base-url
 * /preview/}: the copy button, the theme switch (remembered across pages, default the system setting),
 * tabs by keyboard, timeline labels measured with real glyphs, and axe-core (WCAG 2.1 A/AA) on a page with
 * tabs and breadcrumbs in both themes and at 360 px. Skipped without Chromium or chromedriver.
 */
class ReaderBrowserTest {

    private static final String PREFIX = "/preview/";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String HUBSPOT = "integrations/sources/hubspot/";
    private static final String GUIDE = "integrations/sources/hubspot-migrations/";
    private static final String RIGHT = "\uE014";
    private static final String LEFT = "\uE012";
    private static final String HOME = "\uE011";
    private static final String END = "\uE010";

    @RegisterExtension
    static final BrowserSite SITE = BrowserSite.buildSite(TestPaths.fixtureSite("reader"), PREFIX, "--as-of", "2024-07-01");

    /** Besides the site's reset: no remembered theme (cleared on a page of the site, then the console drained). */
    @BeforeEach
    void forgetTheTheme() throws IOException {
        SITE.open(HUBSPOT);
        SITE.driver().execute("localStorage.clear();");
        SITE.driver().browserLogs();
    }

    @Test
    void theCopyButtonCopiesTheCodeAndSaysSo() throws IOException {
        SITE.driver().cdp("Browser.grantPermissions", SITE.driver().object().put("origin", SITE.server().origin())
                .set("permissions", SITE.driver().array().add("clipboardReadWrite").add("clipboardSanitizedWrite")));
        SITE.open(HUBSPOT);
        String button = SITE.driver().findElement(".code-block button.copy-code");
        assertThat(SITE.driver().execute("var b = document.querySelector('.code-block button.copy-code');"
                + "return [b.textContent, b.type, document.querySelectorAll('pre > code').length,"
                + " document.querySelectorAll('.code-block > pre + button.copy-code').length];"))
                .extracting(JsonNode::asText).containsExactly("Copy code", "button", "2", "2");
        SITE.driver().click(button);
        SITE.driver().waitFor("document.querySelector('.copy-code').textContent === 'Copied'", WAIT, "the button to say Copied");
        assertThat(SITE.driver().execute("return document.querySelector('.copy-status[role=status]').textContent;").asText()).isEqualTo("Copied");
        String copied = SITE.driver().executeAsync("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });").asText();
        assertThat(copied).isEqualTo(
                "curl -H \"Authorization: Bearer $TOKEN\" https://api.hubapi.com/crm/v3/objects/contacts\n");
        SITE.driver().waitFor("document.querySelector('.copy-code').textContent === 'Copy code'", WAIT, "the label to come back");
        SITE.assertNoConsoleErrors("copy");
    }

    @Test
    void theThemeSwitchIsRememberedAcrossPagesAndDefaultsToTheSystemSetting() throws IOException {
        assertThat(SITE.driver().execute("return !!document.querySelector('head script[src$=\"assets/reader.js\"]:not([defer]):not([async])');")
                .asBoolean()).as("a blocking script in head applies the theme before the first paint").isTrue();
        assertThat(themeState()).containsExactly("", "false", "rgb(255, 255, 255)");
        SITE.driver().click(SITE.driver().findElement("#theme-switch"));
        assertThat(themeState()).containsExactly("dark", "true", "rgb(13, 17, 23)");
        assertThat(SITE.driver().execute("return localStorage.getItem('site-gen-theme');").asText()).isEqualTo("dark");

        SITE.open(GUIDE);
        assertThat(themeState()).as("the choice holds on the next page").containsExactly("dark", "true", "rgb(13, 17, 23)");
        SITE.driver().click(SITE.driver().findElement("#theme-switch"));
        SITE.driver().emulateColorScheme("dark");
        SITE.open(HUBSPOT);
        assertThat(themeState()).as("light chosen over a dark system").containsExactly("light", "false", "rgb(255, 255, 255)");

        SITE.driver().execute("localStorage.clear();");
        SITE.open(HUBSPOT);
        assertThat(themeState()).as("no choice: the system's").containsExactly("", "true", "rgb(13, 17, 23)");
        SITE.assertNoConsoleErrors("theme switch");
    }

    /** data-theme, the switch's aria-pressed, the body's background. */
    private static List<String> themeState() throws IOException {
        return BrowserSite.listTexts(SITE.driver().execute("var b = document.getElementById('theme-switch');"
                + "return [document.documentElement.getAttribute('data-theme') || '', b.hidden ? 'hidden' : b.getAttribute('aria-pressed'),"
                + " getComputedStyle(document.body).backgroundColor];"));
    }

    @Test
    void tabsWorkWithTheKeyboard() throws IOException {
        assertThat(BrowserSite.listTexts(SITE.driver().execute("return Array.from(document.querySelectorAll('.tabs [role=tablist] [role=tab]'))"
                + ".map(function (t) { return t.textContent; });"))).containsExactly("OAuth", "Private app token", "key");
        assertThat(tabState()).containsExactly("OAuth|0|Click Authenticate your HubSpot account and sign in.");
        String first = SITE.driver().findElement(".tabs [role=tab]");
        SITE.driver().sendKeys(first, RIGHT);
        assertThat(tabState()).containsExactly("Private app token|1|Paste the token of the private app: pat-na1-0000");
        SITE.driver().sendKeys(SITE.driver().findElement(".tabs [role=tab][aria-selected=true]"), RIGHT);
        SITE.driver().sendKeys(SITE.driver().findElement(".tabs [role=tab][aria-selected=true]"), RIGHT);
        assertThat(tabState()).as("wraps to the first").containsExactly("OAuth|0|Click Authenticate your HubSpot account and sign in.");
        SITE.driver().sendKeys(SITE.driver().findElement(".tabs [role=tab][aria-selected=true]"), LEFT);
        assertThat(tabState()).as("wraps to the last").containsExactly("key|2|API keys are no longer supported.");
        SITE.driver().sendKeys(SITE.driver().findElement(".tabs [role=tab][aria-selected=true]"), HOME);
        assertThat(tabState()).containsExactly("OAuth|0|Click Authenticate your HubSpot account and sign in.");
        SITE.driver().sendKeys(SITE.driver().findElement(".tabs [role=tab][aria-selected=true]"), END);
        assertThat(tabState()).containsExactly("key|2|API keys are no longer supported.");
        // one tab stop: the selected tab; the panel is labelled by it
        assertThat(BrowserSite.listTexts(SITE.driver().execute("var t = document.querySelectorAll('.tabs [role=tab]'); var p = document.getElementById(t[2].getAttribute('aria-controls'));"
                + "return [t[0].tabIndex, t[1].tabIndex, t[2].tabIndex, p.getAttribute('role'), p.getAttribute('aria-labelledby') === t[2].id];")))
                .containsExactly("-1", "-1", "0", "tabpanel", "true");
        SITE.driver().click(SITE.driver().findElement(".tabs [role=tab]"));
        assertThat(tabState()).containsExactly("OAuth|0|Click Authenticate your HubSpot account and sign in.");
        SITE.assertNoConsoleErrors("tabs");
    }

    /** For each visible panel: the focused-or-selected tab's label, its index, the panel's text. */
    private static List<String> tabState() throws IOException {
        return BrowserSite.listTexts(SITE.driver().execute("var tabs = Array.from(document.querySelectorAll('.tabs [role=tab]'));"
                + "var sel = tabs.filter(function (t) { return t.getAttribute('aria-selected') === 'true'; });"
                + "var focused = document.activeElement && document.activeElement.getAttribute('role') === 'tab' ? document.activeElement : sel[0];"
                + "if (focused !== sel[0]) { return ['focus is not on the selected tab']; }"
                + "return Array.from(document.querySelectorAll('.tabs [role=tabpanel]')).filter(function (p) { return p.getClientRects().length > 0; })"
                + ".map(function (p) { return sel[0].textContent + '|' + tabs.indexOf(sel[0]) + '|' + Array.from(p.querySelectorAll('p:not(.tab-label), pre code'))"
                + ".map(function (e) { return e.textContent.trim(); }).join(' '); });"));
    }

    @Test
    void withoutJavaScriptTabsAreStackedLabelledSections() throws IOException {
        SITE.driver().setScriptsDisabled(true);
        try {
            SITE.open(HUBSPOT);
            assertThat(BrowserSite.listTexts(SITE.driver().execute("return Array.from(document.querySelectorAll('.tabs .tab-label'))"
                    + ".filter(function (p) { return p.getClientRects().length > 0; }).map(function (p) { return p.textContent; });")))
                    .containsExactly("OAuth", "Private app token", "key");
            assertThat(SITE.driver().isDisplayed(SITE.driver().findElement("#theme-switch"))).isFalse();
        } finally {
            SITE.driver().setScriptsDisabled(false);
        }
    }

    @Test
    void timelineLabelsDoNotOverlapAsDrawn() throws IOException {
        JsonNode boxes = SITE.driver().execute("return Array.from(document.querySelectorAll('figure.timeline text.tl-label')).map(function (t) {"
                + " var r = t.getBoundingClientRect(); return [t.textContent, r.left, r.top, r.right, r.bottom]; });");
        assertThat(boxes).hasSize(3);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                JsonNode a = boxes.get(i);
                JsonNode b = boxes.get(j);
                if (a.get(1).asDouble() < b.get(3).asDouble() && b.get(1).asDouble() < a.get(3).asDouble()
                        && a.get(2).asDouble() < b.get(4).asDouble() && b.get(2).asDouble() < a.get(4).asDouble()) {
                    overlaps.add(a.get(0).asText() + " over " + b.get(0).asText());
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    static Stream<Arguments> axeCases() {
        return Stream.of(
                Arguments.of(HUBSPOT, "light", "", 1280),
                Arguments.of(HUBSPOT, "dark", "", 1280),
                Arguments.of(HUBSPOT, "light", "dark", 1280),
                Arguments.of(HUBSPOT, "dark", "light", 1280),
                Arguments.of(HUBSPOT, "light", "", 360),
                Arguments.of(HUBSPOT, "light", "dark", 360),
                Arguments.of(GUIDE, "light", "dark", 1280),
                Arguments.of("integrations/sources/hubspot/hubspot-troubleshooting/", "light", "", 360),
                Arguments.of("contributing/connectors/source-hubspot/", "light", "dark", 1280));
    }

    @ParameterizedTest(name = "axe WCAG 2.1 AA: {0} (system {1}, chosen theme ''{2}'', {3} px)")
    @MethodSource("axeCases")
    void pagesWithTabsAndBreadcrumbsHaveNoAxeViolations(String path, String system, String chosen, int width)
            throws IOException {
        boolean phone = width < 600;
        SITE.driver().emulateViewport(width, phone ? 780 : 900, phone);
        SITE.driver().emulateColorScheme(system);
        if (!chosen.isEmpty()) {
            SITE.driver().execute("localStorage.setItem('site-gen-theme', arguments[0]);", chosen);
        }
        SITE.open(path);
        SITE.driver().waitFor("document.readyState === 'complete' && innerWidth === " + width, WAIT, "a " + width + " px viewport");
        // the DOM the script builds: tabs, copy buttons, the switch; and a focused permalink, shown
        SITE.driver().execute("var a = document.querySelector('h2 > a.anchor'); if (a) { a.focus(); }");
        Axe.Result result = Axe.run(SITE.driver(), Axe.WCAG21_AA);
        assertThat(result.passes()).isGreaterThan(10);
        assertThat(result.violations().size()).as("axe violations on %s%s (system %s, chosen '%s', %d px):%n%s", PREFIX,
                path, system, chosen, width, result.describe()).isZero();
        if (phone) {
            assertThat(SITE.driver().execute("return document.documentElement.scrollWidth;").asInt())
                    .as("no sideways scrolling at %d px", width).isLessThanOrEqualTo(width);
        }
        SITE.assertNoConsoleErrors(path);
    }
}
