package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlLinkScannerTest {

    private static HtmlLinkScanner.Scan scanHtml(String html) {
        return HtmlLinkScanner.scanPage(html.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void readsQuotedUnquotedAndEntityEncodedValues() {
        HtmlLinkScanner.Scan scan = scanHtml("<a href=\"a.html?x=1&amp;y=2\">x</a><a href='b/'>y</a>"
                + "<a href=c/#frag>z</a><img src=\"i.png\" alt='>'><a title=\"a > b\" href=\"d/\">");

        assertThat(scan.links()).containsExactly("a.html?x=1&y=2", "b/", "c/#frag", "i.png", "d/");
    }

    @Test
    void attributeAndTagNamesAreCaseInsensitive() {
        HtmlLinkScanner.Scan scan = scanHtml("<A HREF=\"up/\" ID=\"Top-Part\">x</A><IMG Src=\"p.png\"><h2 Id=x2>");

        assertThat(scan.links()).containsExactly("up/", "p.png");
        assertThat(scan.ids()).containsExactly("Top-Part", "x2");
    }

    @Test
    void namesCountAsAnchorsOnlyOnLinks() {
        HtmlLinkScanner.Scan scan = scanHtml("<a name=\"old-anchor\"></a><meta name=\"viewport\"><input name=q>");

        assertThat(scan.ids()).containsExactly("old-anchor");
    }

    @Test
    void commentsScriptsAndStylesAreNotMarkup() {
        HtmlLinkScanner.Scan scan = scanHtml("<!-- <a href=\"commented/\"> --><script>var s = '<a href=\"js/\">';"
                + "</script><style>a[href=\"css/\"] {}</style><SCRIPT src=\"s.js\"></SCRIPT><a href=\"real/\">");

        assertThat(scan.links()).containsExactly("s.js", "real/");
    }

    @Test
    void linksInPreAreCodeButItsIdsAreAnchors() {
        HtmlLinkScanner.Scan scan = scanHtml("<pre id=\"sample\"><a href=\"sample/\">x</a></pre><a href=\"after/\">");

        assertThat(scan.links()).containsExactly("after/");
        assertThat(scan.ids()).containsExactly("sample");
    }

    @Test
    void svgTitlesKeepTheirIdsAndSkipTheirText() {
        HtmlLinkScanner.Scan scan = scanHtml("<svg><title id=\"tl-title\">a <b> c</title></svg><a href=\"x/\">");

        assertThat(scan.ids()).containsExactly("tl-title");
        assertThat(scan.links()).containsExactly("x/");
    }

    @Test
    void readsFeedLinksAndSitemapLocations() {
        String xml = "<?xml version=\"1.0\"?><urlset><url><loc> https://example.com/a/?x=1&amp;y=2 </loc></url>"
                + "<![CDATA[<loc>https://example.com/cdata/</loc>]]></urlset><link rel=\"self\" href=\"https://example.com/f.xml\"/>";

        HtmlLinkScanner.Scan scan = HtmlLinkScanner.scanPage(xml.getBytes(StandardCharsets.UTF_8), true);

        assertThat(scan.links()).containsExactly("https://example.com/a/?x=1&y=2", "https://example.com/f.xml");
    }

    @Test
    void decodesNumericReferencesAndKeepsUnknownOnes() {
        assertThat(HtmlEntities.decodeEntities("a&#39;b&#x2F;c&copy;d&amp")).isEqualTo("a'b/c&copy;d&amp");
        assertThat(scanHtml("<a href=\"x&quot;y\" id=\"caf&#233;\">").ids()).containsExactly("café");
    }

    @Test
    void survivesBrokenMarkup() {
        HtmlLinkScanner.Scan scan = scanHtml("<a href=\"unclosed><p>< 3 <<<a href=x/");

        assertThat(scan.links()).containsExactly("unclosed><p>< 3 <<<a href=x/");
        assertThat(scanHtml("<!-- never closed <a href=\"x/\">").links()).isEmpty();
        assertThat(scanHtml("<a href").links()).isEmpty();
    }

    @Test
    void isLinearOnPathologicalInput() {
        String evil = "<a ".repeat(200_000) + "<!--".repeat(100_000) + "<script>" + "</scrip".repeat(100_000);
        long start = System.nanoTime();

        scanHtml(evil);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
