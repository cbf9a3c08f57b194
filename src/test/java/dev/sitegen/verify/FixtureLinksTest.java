package dev.sitegen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.TestPaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@code links-broken} fixture through the real loader, markdown renderer, templates and
 * verifier: each finding is pinned to the markdown line and column that wrote the link. Beta and
 * its migration guide are clean, so links into them (version anchors included) must pass.
 */
class FixtureLinksTest {

    private static final String ALPHA = "docs/integrations/sources/alpha.md";
    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 1);

    private static final List<String> DOC_FINDINGS = List.of(
            ALPHA + " error source-alpha: link '#snippet-anchor-that-is-missing': this page has no anchor "
                    + "'#snippet-anchor-that-is-missing'",
            ALPHA + ":9:10 error source-alpha: link '/integrations/sources/beta#Streams': integrations/sources/beta/ has "
                    + "no anchor '#Streams' (it has '#streams', which differs in case; ids are case-sensitive)",
            ALPHA + ":9:64 error source-alpha: link './beta.md#no-such-section': integrations/sources/beta/ has no anchor "
                    + "'#no-such-section'",
            ALPHA + ":13:1 error source-alpha: image './alpha/key.png' leads to integrations/sources/alpha/key.png, which "
                    + "is not in the site",
            ALPHA + ":14:1 error source-alpha: image './alpha/also-missing.png' leads to "
                    + "integrations/sources/alpha/alpha/also-missing.png, which is not in the site",
            "INFO",
            ALPHA + ":17:3 error source-alpha: link './gamma.md' leads to integrations/sources/gamma/, which is not in the site",
            ALPHA + ":17:34 warning source-alpha: link 'https://exa_mple..org/' is not a valid URL: host 'exa_mple..org' "
                    + "has an empty label",
            "docs/integrations/sources/alpha/troubleshooting.md:3:69 error source-alpha: link '../../../../index.md' "
                    + "climbs above the docs root with '../', so the site cannot place it; it leads nowhere");

    @Test
    void findsEveryBrokenLinkAtItsMarkdownLine() throws Exception {
        VerifiedBuild build = VerifiedBuild.buildRoot(TestPaths.fixtureSite("links-broken"), Optional.empty(), AS_OF);

        assertThat(build.describeFindings()).containsExactlyElementsOf(DOC_FINDINGS.stream().map(s -> s.equals("INFO")
                ? ALPHA + ":16:62 info source-alpha: link 'https://docs.example.org/platform/api' is outside "
                        + "docs/integrations, which this site does not generate: it cannot be verified (unverifiable)"
                : s).toList());
    }

    @Test
    void aBaseUrlBuildJudgesLinksToThePublishedSiteAsTheBuildAtItsUrlDoes() throws Exception {
        VerifiedBuild preview = VerifiedBuild.buildRoot(TestPaths.fixtureSite("links-broken"), Optional.of("/pr-9/"), AS_OF);
        VerifiedBuild published = VerifiedBuild.buildRoot(TestPaths.fixtureSite("links-broken"), Optional.empty(), AS_OF);

        // a preview is the site to be published: its docs' links to the production URL lead into it, so a
        // broken one fails the preview as it would fail the published build (and the diff's counts agree)
        assertThat(preview.describeFindings()).hasSize(DOC_FINDINGS.size())
                .containsExactlyElementsOf(published.describeFindings())
                .noneMatch(s -> s.contains("outside this build's URL"));
    }
}
