package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.GUIDE;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.assertSingle;
import static dev.sitegen.check.TestConnectors.breakingLine;
import static dev.sitegen.check.TestConnectors.rowLine;
import static dev.sitegen.check.TestConnectors.runRule;
import static dev.sitegen.check.TestConnectors.sectionLine;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the migration-guide, major-bump and registry-override rules: equal versions, prereleases, messages. */
class RuleEdgesMutationTest {

    @Test
    void repeatedSectionSaysSoAndPointsAtTheFirst() {
        Connector c = source().guide("2.0.0", "2.0.0").build();

        Diagnostic d = assertSingle(runRule(new MigrationGuideOrderRule(), c), MigrationGuideOrderRule.INFO,
                Severity.WARNING, GUIDE, sectionLine(1));
        assertThat(d.message()).isEqualTo("section 'Upgrading to 2.0.0' repeats the section above it ('Upgrading to 2.0.0')");
        assertThat(d.hint()).isEqualTo("merge this section into the one at line " + sectionLine(0));
    }

    @Test
    void newerSectionIsToMoveAboveTheFirstOlderOne() {
        Connector c = source().guide("3.0.0", "1.0.0", "2.0.0", "not-a-version").build();

        Diagnostic d = assertSingle(runRule(new MigrationGuideOrderRule(), c), MigrationGuideOrderRule.INFO,
                Severity.WARNING, GUIDE, sectionLine(2));
        assertThat(d.message()).isEqualTo("section 'Upgrading to 2.0.0' is newer than the section above it ('Upgrading to 1.0.0')");
        assertThat(d.hint()).isEqualTo("move this section above line " + sectionLine(1));
        Connector first = source().guide("1.0.0", "5.0.0").build();
        assertThat(runRule(new MigrationGuideOrderRule(), first)).singleElement()
                .satisfies(x -> assertThat(x.hint()).isEqualTo("move this section above line " + sectionLine(0)));
        assertThat(runRule(new MigrationGuideOrderRule(), source().guide("2.0.0", "1.0.0").build())).isEmpty();
        assertThat(runRule(new MigrationGuideOrderRule(), source().guide("2.0.0").build())).isEmpty();
    }

    @Test
    void sectionRuleAcceptsTheSameVersionWrittenDifferentlyAndPlacesMissingOnes() {
        Connector sameVersion = source().breaking("`2.0.0`", "2024-01-01").guide("2.0.0").build();
        assertThat(runRule(new MigrationGuideSectionRule(), sameVersion)).isEmpty();

        Connector missing = source().breaking("3.0.0", "2024-01-01").guide("4.0.0", "2.0.0").build();
        Diagnostic d = assertSingle(runRule(new MigrationGuideSectionRule(), missing), MigrationGuideSectionRule.INFO,
                Severity.ERROR, METADATA, breakingLine(0));
        assertThat(d.message()).isEqualTo("breaking change 3.0.0 has no 'Upgrading to 3.0.0' section in " + GUIDE);
        assertThat(d.hint()).endsWith("above line " + sectionLine(1) + " ('Upgrading to 2.0.0')");

        Connector newest = source().breaking("5.0.0", "2024-01-01").guide("4.0.0").build();
        assertThat(runRule(new MigrationGuideSectionRule(), newest)).singleElement()
                .satisfies(x -> assertThat(x.hint()).endsWith(" above line " + sectionLine(0) + " ('Upgrading to 4.0.0')"));
        Connector oldest = source().breaking("3.0.0", "2024-01-01").guide("4.0.0").build();
        assertThat(runRule(new MigrationGuideSectionRule(), oldest)).singleElement()
                .satisfies(x -> assertThat(x.hint()).endsWith(" at the end"));
        Connector notSemver = source().breaking("5.0", "2024-01-01").guide("4.0.0").build();
        assertThat(runRule(new MigrationGuideSectionRule(), notSemver)).singleElement()
                .satisfies(x -> assertThat(x.hint()).endsWith(" at the end"));
        Connector noGuide = source().breaking("5.0.0", "2024-01-01").build();
        assertThat(runRule(new MigrationGuideSectionRule(), noGuide)).isEmpty();
    }

    @Test
    void majorBumpEdges() {
        Connector zeroMajor = source().tag("1.0.0").row("1.0.0", "2024-01-02").row("0.9.0", "2024-01-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), zeroMajor)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.pos().line()).isEqualTo(rowLine(0));
            assertThat(d.message()).isEqualTo("major version 1.0.0 has no releases.breakingChanges entry");
        });
        Connector older = source().tag("2.1.0").row("2.1.0", "2024-02-01").row("2.0.0", "2024-01-02")
                .row("1.0.0", "2024-01-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), older)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        Connector viaPrerelease = source().tag("2.0.0").row("2.0.0", "2024-01-03").row("2.0.0-rc.1", "2024-01-02")
                .row("1.0.0", "2024-01-01").breaking("2.0.0-rc.1", "2024-05-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), viaPrerelease)).isEmpty();
        Connector prereleaseRowSkipped = source().tag("2.0.0").row("2.0.0", "2024-01-03").row("2.0.0-rc.1", "2024-01-02")
                .row("1.0.0", "2024-01-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), prereleaseRowSkipped)).singleElement()
                .satisfies(d -> assertThat(d.pos().line()).isEqualTo(rowLine(0)));
        Connector sameMajor = source().tag("2.0.0").row("2.0.0", "2024-01-03").row("2.0.0", "2024-01-02").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), sameMajor)).isEmpty();
        Connector repeated = source().tag("3.0.0").row("2.0.0", "2024-01-03").row("2.0.0", "2024-01-02")
                .row("1.5.0", "2024-01-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), repeated)).hasSize(1);
        Connector otherDeclared = source().tag("2.0.0").row("2.0.0", "2024-01-02").row("1.0.0", "2024-01-01")
                .breaking("3.0.0", "2024-05-01").build();
        assertThat(runRule(new MajorBumpUndeclaredRule(), otherDeclared)).hasSize(1);
    }

    @Test
    void registryPinOfTheCurrentTagNeedsNoRow() {
        Connector sameTag = source().tag("1.2.0").row("1.1.0", "2024-01-01").override("cloud", "1.2.0").build();
        assertThat(runRule(new RegistryOverrideVersionRule(), sameTag)).isEmpty();
        Connector sameTagWritten = source().tag("1.2.0").row("1.1.0", "2024-01-01").override("oss", "1.2.0+b").build();
        assertThat(runRule(new RegistryOverrideVersionRule(), sameTagWritten)).isEmpty();
        Connector textTag = source().tag("dev").row("1.1.0", "2024-01-01").override("oss", " dev ").build();
        assertThat(runRule(new RegistryOverrideVersionRule(), textTag)).isEmpty();
        Connector otherText = source().tag("dev").row("1.1.0", "2024-01-01").override("oss", "nightly").build();
        assertThat(runRule(new RegistryOverrideVersionRule(), otherText)).hasSize(1);
        Connector unknown = source().tag("1.2.0").row("1.2.0", "2024-01-01").override("cloud", "1.0.0").build();
        assertThat(runRule(new RegistryOverrideVersionRule(), unknown)).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("cloud registry pins 1.0.0, which has no row"));
    }

    @Test
    void missingChangelogHintFollowsTheDocsScopedTables() {
        Connector base = source().noChangelog().build();
        Connector shared = withDoc(base, "# Foo\n\n### Changelog: source-other\n\n| Version |\n|---|\n| 1.0.0 |\n");
        Connector plain = withDoc(base, "# Foo\n\nText.\n");

        assertThat(runRule(new ChangelogMissingRule(), shared)).singleElement().satisfies(d -> {
            assertThat(d.hint()).startsWith("append '### Changelog: source-foo' and a table");
            assertThat(d.pos().line()).isEqualTo(7);
        });
        assertThat(runRule(new ChangelogMissingRule(), plain)).singleElement().satisfies(d -> {
            assertThat(d.hint()).startsWith("append '## Changelog' and a table");
            assertThat(d.message()).isEqualTo("no changelog table for source-foo in " + TestConnectors.DOC);
            assertThat(d.pos().line()).isEqualTo(3);
        });
        assertThat(runRule(new ChangelogMissingRule(), withDoc(base, ""))).singleElement()
                .satisfies(d -> assertThat(d.pos().line()).isEqualTo(1));
        assertThat(runRule(new ChangelogMissingRule(), source().noDoc().build())).isEmpty();
        assertThat(runRule(new ChangelogMissingRule(), source().build())).isEmpty();
    }

    private static Connector withDoc(Connector c, String markdown) {
        return new Connector(c.dir(), c.metadataFile(), c.metadata(), c.pagePath(),
                java.util.Optional.of(new dev.sitegen.model.DocPage(TestConnectors.DOC, c.pagePath(), markdown)),
                java.util.Optional.empty(), c.migrationGuide(), c.iconFile(), c.inputs(), c.spec());
    }

    @Test
    void knownRuleIdsAreExactlyTheContract() {
        assertThat(RuleRegistry.isKnownRuleId("metadata-invalid")).isTrue();
        assertThat(RuleRegistry.isKnownRuleId("no-such-rule")).isFalse();
        assertThat(RuleRegistry.isKnownRuleId("")).isFalse();
        RuleInfo info = RuleRegistry.findRule("docs-missing").orElseThrow();
        assertThat(info.bad()).startsWith("documentationUrl: https://docs.example.com/integrations/sources/foo\n");
        assertThat(info.good()).startsWith("documentationUrl:").endsWith("\ndocs/integrations/sources/foo.md");
        List<String> ids = RuleRegistry.allRules().stream().map(RuleInfo::id).toList();
        assertThat(ids).isSorted().contains("broken-link", "metadata-invalid", "icon-missing");
    }
}
