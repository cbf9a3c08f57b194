package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Doc HTML keeps its structure and loses everything that could run. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    private Document clean(String html) {
        return Jsoup.parseBodyFragment(sanitizer.sanitizeHtml(html));
    }

    @Test
    void dropsActiveContent() {
        Document d = clean("""
                <p onclick="alert(1)">x<script>alert(2)</script></p>
                <style>body{display:none}</style>
                <iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">
                <a href="javascript:alert(3)">a</a><a href="JaVaScRiPt:alert(4)">b</a>
                <img src="x" onerror="alert(5)"><img src="data:image/svg+xml,<svg onload=alert(6)>">
                <svg><script>alert(7)</script></svg><form action="https://evil.example"><input></form>
                """);
        assertThat(d.select("script, style, iframe, object, embed, svg, form, input")).isEmpty();
        assertThat(d.select("[onclick], [onerror], [onload]")).isEmpty();
        assertThat(d.select("a[href]")).isEmpty();
        assertThat(d.select("img").eachAttr("src")).doesNotContain("data:image/svg+xml,<svg onload=alert(6)>");
        assertThat(d.html()).doesNotContain("alert(");
    }

    @Test
    void keepsDocStructure() {
        Document d = clean("""
                <h2 id="setup">Setup</h2><details><summary>More</summary><p>Hidden</p></details>
                <table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
                <pre><code class="language-sql">SELECT 1;</code></pre>
                <a href="../x/#y">rel</a><a href="https://example.org">abs</a><a href="#top">frag</a>
                <img src="https://example.org/i.png" alt="i"><aside class="admonition" role="note">n</aside>
                """);
        assertThat(d.getElementById("setup")).isNotNull();
        assertThat(d.select("details > summary").text()).isEqualTo("More");
        assertThat(d.select("th[align=left]")).hasSize(1);
        assertThat(d.select("pre[tabindex=0] code.language-sql").text()).isEqualTo("SELECT 1;");
        assertThat(d.select("table[tabindex=0]")).hasSize(1);
        assertThat(d.select("a").eachAttr("href")).containsExactly("../x/#y", "https://example.org", "#top");
        assertThat(d.select("img[alt=i]").attr("src")).isEqualTo("https://example.org/i.png");
        assertThat(d.select("aside.admonition[role=note]")).hasSize(1);
    }
}
