package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteVerifierTest {

    private static final String DOC = "docs/integrations/sources/x.md";

    @Test
    void anchorsMustExistOnTheSamePageWithTheRightCase() {
        TestSite site = TestSite.relative().doc(DOC, "integrations/sources/x", """
                # X

                ## Schema Enforcement

                See [it](#schema-enforcement), not [this](#Schema-Enforcement) or [that](#missing).
                [Top](#top) and [self](#) are fine.
                """);

        assertThat(site.verifyBriefly()).containsExactly(
                DOC + ":5:36 error: link '#Schema-Enforcement': this page has no anchor '#Schema-Enforcement' "
                        + "(it has '#schema-enforcement', which differs in case; ids are case-sensitive)",
                DOC + ":5:67 error: link '#missing': this page has no anchor '#missing'");
    }

    @Test
    void anchorsOnOtherPagesAreCheckedAfterEveryPageIsWritten() {
        TestSite site = TestSite.relative()
                .doc(DOC, "integrations/sources/x", "See [setup](y.md#setup) and [gone](y.md#gone).\n")
                .doc("docs/integrations/sources/y.md", "integrations/sources/y", "## Setup\n");

        assertThat(site.verifyBriefly()).containsExactly(
                DOC + ":1:29 error: link 'y.md#gone': integrations/sources/y/ has no anchor '#gone'");
    }

    @Test
    void pagesWrittenAgainAreVerifiedAgainWithThePagesLinkingToThem() {
        String y = "docs/integrations/sources/y.md";
        String xPage = "integrations/sources/x/index.html";
        String yPage = "integrations/sources/y/index.html";
        TestSite site = TestSite.relative()
                .doc(DOC, "integrations/sources/x", "See [setup](y.md#setup).\n")
                .doc(y, "integrations/sources/y", "## Setup\n")
                .doc("docs/integrations/sources/z.md", "integrations/sources/z", "No links.\n");
        assertThat(site.verify()).isEmpty();

        site.doc(y, "integrations/sources/y", "## Install\n");

        assertThat(site.verifyPagesBriefly(yPage)).containsExactly(
                Map.entry(xPage, List.of(DOC + ":1:5 error: link 'y.md#setup': integrations/sources/y/ has no anchor "
                        + "'#setup'")),
                Map.entry(yPage, List.of()));

        site.doc(DOC, "integrations/sources/x", "See [install](y.md#install) and [nope](nope.md).\n");

        assertThat(site.verifyPagesBriefly(xPage)).containsExactly(Map.entry(xPage, List.of(DOC + ":1:33 error: "
                + "link 'nope.md' leads to integrations/sources/nope/, which is not in the site")));
        assertThat(site.verifyBriefly()).containsExactly(DOC + ":1:33 error: link 'nope.md' leads to "
                + "integrations/sources/nope/, which is not in the site");
    }

    @Test
    void aPageThatDroppedItsLinkIsNoLongerVerifiedWithItsFormerTarget() {
        String y = "docs/integrations/sources/y.md";
        String xPage = "integrations/sources/x/index.html";
        String yPage = "integrations/sources/y/index.html";
        String zPage = "integrations/sources/z/index.html";
        TestSite site = TestSite.relative()
                .doc(DOC, "integrations/sources/x", "See [setup](y.md#setup).\n")
                .doc(y, "integrations/sources/y", "## Setup\n")
                .doc("docs/integrations/sources/z.md", "integrations/sources/z", "No links.\n");
        assertThat(site.verify()).isEmpty();
        assertThat(site.verifyPagesBriefly(yPage)).containsOnlyKeys(xPage, yPage);

        site.doc(DOC, "integrations/sources/x", "See [z](z.md).\n");
        assertThat(site.verifyPagesBriefly(xPage)).containsOnlyKeys(xPage);
        site.doc(y, "integrations/sources/y", "## Install\n");

        assertThat(site.verifyPagesBriefly(yPage)).containsExactly(Map.entry(yPage, List.of()));
        assertThat(site.verifyPagesBriefly(zPage)).containsOnlyKeys(xPage, zPage);
    }

    @Test
    void aPageLinkingToARewrittenOneKeepsTheFindingsOfItsOtherLinks() {
        String y = "docs/integrations/sources/y.md";
        String xPage = "integrations/sources/x/index.html";
        String yPage = "integrations/sources/y/index.html";
        String nope = DOC + ":1:29 error: link 'nope.md' leads to integrations/sources/nope/, which is not in the site";
        String setup = DOC + ":1:5 error: link 'y.md#setup': integrations/sources/y/ has no anchor '#setup'";
        TestSite site = TestSite.relative()
                .doc(DOC, "integrations/sources/x", "See [setup](y.md#setup) and [nope](nope.md).\n")
                .doc(y, "integrations/sources/y", "## Setup\n");
        assertThat(site.verifyAllPagesBriefly()).containsEntry(xPage, List.of(nope));

        site.doc(y, "integrations/sources/y", "## Install\n");
        assertThat(site.verifyPagesBriefly(yPage)).containsExactly(Map.entry(xPage, List.of(nope, setup)),
                Map.entry(yPage, List.of()));

        site.doc(y, "integrations/sources/y", "## Setup\n");
        assertThat(site.verifyPagesBriefly(yPage)).containsExactly(Map.entry(xPage, List.of(nope)),
                Map.entry(yPage, List.of()));
    }

    @Test
    void missingPagesAndImagesAreErrorsAtTheirMarkdownLine() {
        TestSite site = TestSite.relative()
                .doc(DOC, "integrations/sources/x", """
                        Intro.

                        ![db](./x/db.png) ![ok](./x/ok.png)
                        <img src="../../../integrations/sources/x/raw.png"> and [nope](nope.md)
                        """)
                .file("integrations/sources/x/ok.png", "png");

        assertThat(site.verifyBriefly()).containsExactly(
                DOC + ":3:1 error: image './x/db.png' leads to integrations/sources/x/db.png, which is not in the site",
                DOC + ":4:1 error: image '../../../integrations/sources/x/raw.png' leads to "
                        + "integrations/sources/x/raw.png, which is not in the site",
                DOC + ":4:57 error: link 'nope.md' leads to integrations/sources/nope/, which is not in the site");
    }

    @Test
    void relativeLinksResolveFromThePageFolderAndFoldersWithoutSlashAreAccepted() {
        TestSite site = TestSite.relative()
                .page("integrations/sources/x/index.html", "connector",
                        "<a href=\"../../../\">home</a><a href=\"../y\">y</a><a href=\"./notes/\">notes</a>")
                .page("index.html", "catalog", "")
                .page("integrations/sources/y/index.html", "connector", "");

        assertThat(site.verifyBriefly()).containsExactly("themes/default/templates/connector.peb error: on page "
                + "integrations/sources/x/: link './notes/' leads to integrations/sources/x/notes/, which is not in the site");
    }

    @Test
    void templateLinksAreBlamedOnTheTemplateAndNameThePage() {
        TestSite site = TestSite.relative()
                .page("releases/index.html", "releases", "<a href=\"../feeds/releases.xml\">feed</a>")
                .file("feeds/releases.xml", "<feed><link rel=\"self\" href=\"https://docs.example.com/feeds/releses.xml\"/>"
                        + "<link rel=\"alternate\" href=\"https://docs.example.com/releases/\"/></feed>")
                .file("sitemap.xml", "<urlset><url><loc>https://docs.example.com/releases/</loc></url>"
                        + "<url><loc>https://docs.example.com/releases/gone/</loc></url></urlset>");

        List<Diagnostic> found = site.verify();

        assertThat(found).extracting(d -> d.pos().file(), d -> d.pos().line(), Diagnostic::severity, Diagnostic::connector)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("themes/default/templates/atom.peb", 0, Severity.ERROR, ""),
                        org.assertj.core.groups.Tuple.tuple("themes/default/templates/sitemap.peb", 0, Severity.ERROR, ""));
        assertThat(found.get(0).message()).isEqualTo("on page feeds/releases.xml: link "
                + "'https://docs.example.com/feeds/releses.xml' leads to feeds/releses.xml, which is not in the site");
        assertThat(found.get(1).message()).contains("on page sitemap.xml", "leads to releases/gone/");
    }

    @Test
    void baseUrlLinksAreInternalAndCheckedLikeRelativeOnes() {
        TestSite site = new TestSite(Optional.of("/pr-123/"))
                .page("index.html", "catalog", "<a href=\"/pr-123/integrations/sources/x/#setup\">x</a>"
                        + "<a href=\"/pr-123/checks/\">checks</a><link href=\"/pr-123/assets/style.css\">")
                .page("integrations/sources/x/index.html", "connector", "<h2 id=\"set-up\">Set up</h2>")
                .file("assets/style.css", "");

        assertThat(site.verifyBriefly()).containsExactly(
                "themes/default/templates/catalog.peb error: on page the catalog page (index.html): link "
                        + "'/pr-123/checks/' leads to checks/, which is not in the site",
                "themes/default/templates/catalog.peb error: on page the catalog page (index.html): link "
                        + "'/pr-123/integrations/sources/x/#setup': integrations/sources/x/ has no anchor '#setup'");
    }

    @Test
    void docsOutsideTheIntegrationsAreUnverifiableAndClimbingAboveTheRootIsBroken() {
        TestSite site = TestSite.relative().doc("docs/integrations/custom.md", "integrations/custom", """
                See [platform](../platform/x.md), [cloud](https://docs.example.com/cloud/core#modes),
                ![shot](../.gitbook/assets/a.png) and [far](../../operator-guides/x/).
                """);

        assertThat(site.verifyBriefly()).containsExactly(
                "docs/integrations/custom.md:1:5 info: link '../platform/x.md' leads to https://docs.example.com/platform/x/,"
                        + " outside docs/integrations, which this site does not generate: it cannot be verified (unverifiable)",
                "docs/integrations/custom.md:1:35 info: link 'https://docs.example.com/cloud/core#modes' is outside "
                        + "docs/integrations, which this site does not generate: it cannot be verified (unverifiable)",
                "docs/integrations/custom.md:2:1 info: image '../.gitbook/assets/a.png' leads to .gitbook/assets/a.png, "
                        + "outside docs/integrations, which this site does not generate: it cannot be verified (unverifiable)",
                "docs/integrations/custom.md:2:39 error: link '../../operator-guides/x/' climbs above the docs root "
                        + "with '../', so the site cannot place it; it leads nowhere");
    }

    @Test
    void malformedExternalLinksAreWarningsAndOthersAreNotProbedByDefault() {
        TestSite site = TestSite.relative().doc(DOC, "integrations/sources/x",
                "[a](https://example.org/ok) [b](https://exa mple.org/) <a href=\"http://:80/\">c</a>\n");

        assertThat(site.verifyBriefly()).containsExactly(
                DOC + ":1:56 warning: link 'http://:80/' is not a valid URL: it has no host");
    }

    @Test
    void configuredSeverityCapsEveryFindingAndOffDropsThem() {
        String md = "[gone](#gone) [bad](http://:80/) [far](https://docs.example.com/platform/)\n";
        List<Diagnostic> warning = new TestSite(Optional.empty(), Map.of("broken-link", Severity.WARNING))
                .doc(DOC, "integrations/sources/x", md).verify();
        List<Diagnostic> off = new TestSite(Optional.empty(), Map.of("broken-link", Severity.OFF))
                .doc(DOC, "integrations/sources/x", md).verify();

        assertThat(warning).extracting(Diagnostic::severity).containsExactly(Severity.WARNING, Severity.WARNING, Severity.INFO);
        assertThat(warning).allMatch(d -> d.rule().equals("broken-link"));
        assertThat(off).isEmpty();
    }

    @Test
    void reportsEachWrittenLinkOnceAndInReportOrder() {
        TestSite site = TestSite.relative().doc(DOC, "integrations/sources/x", """
                [a](#nope)

                [b](#nope) [c][ref]

                [ref]: #nope
                """);

        assertThat(site.verify()).extracting(d -> d.pos().line()).containsExactly(1, 3, 5);
    }
}
