package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.BREAKING_CHANGES_LINE;
import static dev.sitegen.check.TestConnectors.GUIDE;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.assertSingle;
import static dev.sitegen.check.TestConnectors.breakingLine;
import static dev.sitegen.check.TestConnectors.runRule;
import static dev.sitegen.check.TestConnectors.sectionLine;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import org.junit.jupiter.api.Test;

/** migration-guide-* over connectors built from model records. */
class MigrationGuideRulesTest {

    @Test
    void guideMissingWhenBreakingChangesAreDeclared() {
        Connector c = source().breaking("1.0.0", "2024-01-01").breaking("2.0.0", "2024-07-01").build();

        Diagnostic d = assertSingle(runRule(new MigrationGuideMissingRule(), c), MigrationGuideMissingRule.INFO,
                Severity.ERROR, METADATA, BREAKING_CHANGES_LINE);
        assertThat(d.hint()).isEqualTo("create " + GUIDE + " with a section per breaking version: "
                + "'## Upgrading to 2.0.0', '## Upgrading to 1.0.0'");
    }

    @Test
    void guideMissingPassesWithAGuideOrNoBreakingChanges() {
        assertThat(runRule(new MigrationGuideMissingRule(), source().build())).isEmpty();
        assertThat(runRule(new MigrationGuideMissingRule(), source().breaking("1.0.0", "2024-01-01")
                .guide("1.0.0").build())).isEmpty();
    }

    @Test
    void sectionMissingForABreakingVersion() {
        Connector c = source().breaking("3.0.0", "2024-09-01").breaking("2.0.0", "2024-07-01")
                .guide("2.0.0").build();

        Diagnostic d = assertSingle(runRule(new MigrationGuideSectionRule(), c), MigrationGuideSectionRule.INFO,
                Severity.ERROR, METADATA, breakingLine(0));
        assertThat(d.hint()).isEqualTo("add '## Upgrading to 3.0.0' to " + GUIDE + " above line " + sectionLine(0)
                + " ('Upgrading to 2.0.0')");
    }

    @Test
    void sectionPassesWhenEveryBreakingVersionHasOne() {
        Connector c = source().breaking("3.0.0", "2024-09-01").breaking("2.0.0", "2024-07-01")
                .guide("3.0.0", "2.0.0").build();

        assertThat(runRule(new MigrationGuideSectionRule(), c)).isEmpty();
    }

    @Test
    void orderIsSemanticNotTextual() {
        Connector bad = source().guide("9.0.0", "10.0.0").build();
        Connector good = source().guide("10.0.0", "9.0.0", "1.0.0").build();

        assertSingle(runRule(new MigrationGuideOrderRule(), bad), MigrationGuideOrderRule.INFO, Severity.WARNING,
                GUIDE, sectionLine(1));
        assertThat(runRule(new MigrationGuideOrderRule(), good)).isEmpty();
    }

    @Test
    void straySectionIsInfo() {
        Connector c = source().breaking("5.0.0", "2024-01-01").guide("5.6.0", "5.0.0").build();

        assertSingle(runRule(new MigrationGuideStraySectionRule(), c), MigrationGuideStraySectionRule.INFO,
                Severity.INFO, GUIDE, sectionLine(0));
        assertThat(runRule(new MigrationGuideStraySectionRule(), source().breaking("5.0.0", "2024-01-01")
                .guide("5.0.0").build())).isEmpty();
    }
}
