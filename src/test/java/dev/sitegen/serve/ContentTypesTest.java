package dev.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.render.Assets;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void givesEachSiteFileItsType() {
        assertThat(ContentTypes.findContentType("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.findContentType("assets/style.css")).startsWith("text/css");
        assertThat(ContentTypes.findContentType("assets/site.js")).startsWith("text/javascript");
        assertThat(ContentTypes.findContentType("icons/source-x.svg")).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.findContentType("icons/source-x.PNG")).isEqualTo("image/png");
        assertThat(ContentTypes.findContentType("api/registry.json")).startsWith("application/json");
        assertThat(ContentTypes.findContentType("feeds/releases.xml")).startsWith("application/atom+xml");
        assertThat(ContentTypes.findContentType("sitemap.xml")).startsWith("application/xml");
        assertThat(ContentTypes.findContentType("deadlines.ics")).startsWith("text/calendar");
        assertThat(ContentTypes.findContentType("robots.txt")).startsWith("text/plain");
        assertThat(ContentTypes.findContentType("a.d/noext")).isEqualTo("application/octet-stream");
    }

    @Test
    void injectsTheLiveScriptBeforeTheLastBodyEnd() {
        byte[] html = "<html><body><p>ünïcode</p><pre>&lt;/body&gt;</pre></BODY></html>".getBytes(StandardCharsets.UTF_8);

        String out = new String(LiveReloadTag.injectScript(html, "/pr-7/"), StandardCharsets.UTF_8);

        assertThat(out).isEqualTo("<html><body><p>ünïcode</p><pre>&lt;/body&gt;</pre>"
                + "<script src=\"/pr-7/__site-gen/live.js\" defer></script>\n</BODY></html>");
    }

    @Test
    void appendsTheScriptWhenAPageHasNoBodyEnd() {
        String out = new String(LiveReloadTag.injectScript("<p>x".getBytes(StandardCharsets.UTF_8), "/"),
                StandardCharsets.UTF_8);

        assertThat(out).isEqualTo("<p>x<script src=\"/__site-gen/live.js\" defer></script>\n");
    }

    @Test
    void liveScriptHasNoInlineHandlersAndUsesTheEndpoints() {
        String script = new String(Assets.readAsset(LiveReloadTag.SCRIPT), StandardCharsets.UTF_8);

        assertThat(script).contains("__site-gen/events", "__site-gen/diagnostics.json",
                "'alert'", "'status'", "Dismiss").doesNotContain("innerHTML", "eval(", "setAttribute('style'");
    }

    @Test
    void liveScriptTakesItsColoursFromThePageThemeAndTheSystemScheme() {
        String script = new String(Assets.readAsset(LiveReloadTag.SCRIPT), StandardCharsets.UTF_8);

        assertThat(script).contains("matchMedia('(prefers-color-scheme: dark)')", "'var(--' + name + ', '",
                "darkScheme.addEventListener('change'").doesNotContain("'#fff'", "'#1b1b1b'");
    }
}
