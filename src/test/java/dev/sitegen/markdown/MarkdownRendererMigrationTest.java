package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.DocPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererMigrationTest {

    private static final String GUIDE = "import MigrationGuide from '@site/x';\n# Shopify Migration Guide\n\n"
            + "## Upgrading to 3.0.0\n\nSteps.\n\n###  Upgrading to 2.0.0-rc.1 (breaking)\n\n## Upgrading to 3.0.0\n\n## Notes\n";

    private Document render(boolean guide) {
        DocPage page = new DocPage("docs/integrations/sources/shopify-migrations.md", "integrations/sources/shopify-migrations", GUIDE);
        RenderRequest request = RenderRequest.forDoc(page, "../../../").withMigrationGuide(guide);
        return Jsoup.parseBodyFragment(new MarkdownRenderer().renderMarkdown(request).html());
    }

    @Test
    void addsVersionAnchorsToUpgradeHeadings() {
        Document doc = render(true);
        Element first = doc.selectFirst("h2");
        assertThat(first.id()).isEqualTo("upgrading-to-300");
        assertThat(first.select("a").eachAttr("id")).containsExactly("upgrading-to-3.0.0", "3.0.0");
        assertThat(first.text()).isEqualTo("Upgrading to 3.0.0");
        // the permalink gives the name links into guides use
        assertThat(first.selectFirst("a.anchor").attr("href")).isEqualTo("#upgrading-to-3.0.0");
        assertThat(doc.select("h2#notes > a.anchor").attr("href")).isEqualTo("#notes");
        assertThat(doc.selectFirst("h3").select("a").eachAttr("id")).containsExactly("upgrading-to-2.0.0-rc.1", "2.0.0-rc.1");
    }

    @Test
    void keepsEveryIdOnThePageUnique() {
        Document doc = render(true);
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates()
                .contains("upgrading-to-300-1", "upgrading-to-3.0.0-1", "3.0.0-1", "notes");
    }

    @Test
    void addsNoAnchorsToOtherDocs() {
        assertThat(render(false).select("h2 a[id]")).isEmpty();
        assertThat(render(false).select("h2 > a.anchor")).hasSize(3).allMatch(a -> a.attr("href").equals("#" + a.parent().id()));
        assertThat(RenderRequest.forDoc(new DocPage("a.md", "integrations/sources/x-migrations", ""), "").migrationGuide()).isTrue();
    }

    @Test
    void findsUpgradeVersions() {
        assertThat(HeadingAnchors.findUpgradeVersion("Upgrading to v1.2.3.")).contains("1.2.3");
        assertThat(HeadingAnchors.findUpgradeVersion("upgrading to 4.0.0 and later")).contains("4.0.0");
        assertThat(HeadingAnchors.findUpgradeVersion("Upgrading to the new API")).isEmpty();
        assertThat(HeadingAnchors.findUpgradeVersion("Upgrading tools")).isEmpty();
    }
}
