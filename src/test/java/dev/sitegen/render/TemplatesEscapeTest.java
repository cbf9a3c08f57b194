package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The templates' own autoescaping writes exactly what Pebble's default {@code html} strategy wrote. */
class TemplatesEscapeTest {

    @Test
    void escapesEveryCodePointAsPebblesDefaultStrategy() {
        List<String> differing = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = "a" + new String(Character.toChars(cp)) + "b";
            if (!Templates.escapeHtml(text).equals(HtmlEscape.escapeHtml4Xml(text))) {
                differing.add(Integer.toHexString(cp));
            }
        }
        for (char c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            String lone = "a" + c + "&";
            if (!Templates.escapeHtml(lone).equals(HtmlEscape.escapeHtml4Xml(lone))) {
                differing.add("lone " + Integer.toHexString(c));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void escapesMarkupAndKeepsTheRest() {
        assertThat(Templates.escapeHtml("<a href=\"x\">Tom & Jerry's</a> é 😀"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é 😀")
                .isEqualTo(HtmlEscape.escapeHtml4Xml("<a href=\"x\">Tom & Jerry's</a> é 😀"));
        String plain = "nothing to escape";
        assertThat(Templates.escapeHtml(plain)).isSameAs(plain);
        assertThat(Templates.escapeHtml("")).isEmpty();
    }

    @Test
    void templatesPrintValuesThroughIt() {
        String html = new Templates().renderTemplate("404",
                new SitePageViews.NotFoundPage(new SiteView("<x>&'\"", "/")));
        assertThat(html).contains("Page not found | &lt;x&gt;&amp;&#39;&quot;").doesNotContain("<x>");
    }
}
