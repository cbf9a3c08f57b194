package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import dev.sitegen.model.MigrationSection;
import dev.sitegen.model.SourcePos;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Upgrade sections of migration guides: which headings count, their versions and anchors. */
class MigrationGuideParserTest {

    private static final String FILE = "docs/integrations/sources/otterline-migrations.md";

    private static MigrationGuide parse(String markdown) {
        return MigrationGuideParser.parseMigrationGuide(
                new DocPage(FILE, "integrations/sources/otterline-migrations", markdown));
    }

    @Test
    void sectionsAtLevelTwoAndThreeAfterAnImportLine() {
        MigrationGuide guide = parse("""
                import MigrationGuide from '@site/src/components/MigrationGuide';
                
                # Otterline Migration Guide
                
                ## Upgrading to 2.0.0
                
                Streams were renamed.
                
                ###  Upgrading to 1.0.0
                
                <MigrationGuide />
                """);
        assertThat(guide.page().file()).isEqualTo(FILE);
        assertThat(guide.sections()).hasSize(2);
        MigrationSection two = guide.sections().get(0);
        assertThat(two.rawVersion()).isEqualTo("2.0.0");
        assertThat(two.version()).hasValueSatisfying(v -> assertThat(v.getMajor()).isEqualTo(2));
        assertThat(two.title()).isEqualTo("Upgrading to 2.0.0");
        assertThat(two.slugAnchor()).isEqualTo("upgrading-to-200");
        assertThat(two.versionAnchor()).isEqualTo("upgrading-to-2.0.0");
        assertThat(two.pos()).isEqualTo(SourcePos.at(FILE, 5, 1));
        MigrationSection one = guide.sections().get(1);
        assertThat(one.rawVersion()).isEqualTo("1.0.0");
        assertThat(one.title()).isEqualTo("Upgrading to 1.0.0");
        assertThat(one.pos().line()).isEqualTo(9);
        assertThat(guide.findSection("1.0.0")).contains(one);
        assertThat(guide.findSection("3.0.0")).isEmpty();
    }

    @Test
    void headingsInFencedCodeAreNoSectionsAndTakeNoIds() {
        MigrationGuide guide = parse("""
                # Guide
                
                ```markdown
                ## Upgrading to 9.0.0
                ```
                
                ~~~
                ## Upgrading to 8.0.0
                ~~~
                
                ## Upgrading to 9.0.0
                """);
        assertThat(guide.sections()).extracting(MigrationSection::rawVersion).containsExactly("9.0.0");
        assertThat(guide.sections().get(0).pos().line()).isEqualTo(11);
        assertThat(guide.sections().get(0).slugAnchor()).isEqualTo("upgrading-to-900");
    }

    @Test
    void duplicateSlugsAreSuffixedInPageOrder() {
        MigrationGuide guide = parse("""
                # Guide
                ## Upgrading to 2.0.0
                ### Refresh affected schemas and reset data
                ## Upgrading to 2.0.0
                ### Refresh affected schemas and reset data
                ## Upgrading to 200
                ## Upgrading to 1.0.0 {#legacy}
                ## Legacy
                """);
        assertThat(guide.sections()).extracting(MigrationSection::slugAnchor)
                .containsExactly("upgrading-to-200", "upgrading-to-200-1", "upgrading-to-200-2", "legacy");
        assertThat(guide.sections()).extracting(MigrationSection::versionAnchor)
                .containsExactly("upgrading-to-2.0.0", "upgrading-to-2.0.0", "upgrading-to-200", "upgrading-to-1.0.0");
        assertThat(guide.sections().get(3).title()).isEqualTo("Upgrading to 1.0.0");
        assertThat(guide.sections().get(2).version()).isEmpty();
    }

    @Test
    void headingSpellings() {
        MigrationGuide guide = parse("""
                # Guide
                ## upgrading  TO `5.6.0`
                ## Upgrading to 4.0.0 (deprecated)
                #### Upgrading to 3.0.0:
                ## Upgrading to v2.0.0
                ## Upgrading to 1.0
                ## Upgrading to Destinations V2
                ## Upgrading
                Upgrading to 0.9.0 is safe (plain text, not a heading).
                """);
        assertThat(guide.sections()).extracting(MigrationSection::rawVersion)
                .containsExactly("5.6.0", "4.0.0", "3.0.0", "v2.0.0", "1.0");
        assertThat(guide.sections()).extracting(s -> s.version().isPresent())
                .containsExactly(true, true, true, false, false);
        assertThat(guide.sections().get(0).slugAnchor()).isEqualTo("upgrading--to-560");
        assertThat(guide.sections().get(1).title()).isEqualTo("Upgrading to 4.0.0 (deprecated)");
        assertThat(guide.sections().get(1).slugAnchor()).isEqualTo("upgrading-to-400-deprecated");
        assertThat(guide.findSection("1.0")).isPresent();
    }

    @Test
    void frontMatterAndLinksInHeadings() {
        MigrationGuide guide = parse("""
                ---
                # not a heading: YAML comment
                title: Otterline
                ---
                ## Upgrading to [2.0.0](https://example.org/releases/2.0.0)
                """);
        assertThat(guide.sections()).hasSize(1);
        MigrationSection s = guide.sections().get(0);
        assertThat(s.rawVersion()).isEqualTo("2.0.0");
        assertThat(s.title()).isEqualTo("Upgrading to 2.0.0");
        assertThat(s.slugAnchor()).isEqualTo("upgrading-to-200");
        assertThat(s.pos().line()).isEqualTo(5);
    }

    @Test
    void noSectionsInAGuideWithoutUpgradeHeadings() {
        assertThat(parse("# Guide\n\nNothing to see.\n").sections()).isEmpty();
        assertThat(parse("").sections()).isEmpty();
    }

    @Test
    void hostileHeadingsStayLinear() {
        String doc = "## Upgrading to 1.0.0 " + "[".repeat(100_000) + "<a".repeat(100_000) + "\n"
                + "## " + "[a](".repeat(50_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(parse(doc).sections()).hasSize(1));
    }

    @Test
    void namesAreCodeSpansWholeCellsAndHeadingsNotWordsOfProseOrFencedCode() {
        MigrationGuide guide = parse("""
                # Otterline Migration Guide

                ## Upgrading to 2.0.0

                The `users` stream was removed, and ``orders`` lost its cursor; users of refunds reset it.
                An unclosed `` backtick run, then `tail`.

                | Stream | Change |
                |---|---|
                | invoices | removed |

                ### payouts

                ```yaml
                stream: `hidden`
                ```
                """);
        assertThat(guide.writtenNames()).containsExactly("Change", "Otterline Migration Guide", "Stream",
                "Upgrading to 2.0.0", "invoices", "orders", "payouts", "removed", "tail", "users");
        assertThat(guide.writtenNames()).doesNotContain("refunds", "hidden", "backtick");
    }
}
