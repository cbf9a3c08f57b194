package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.DOC;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.assertSingle;
import static dev.sitegen.check.TestConnectors.breakingLine;
import static dev.sitegen.check.TestConnectors.deadlineLine;
import static dev.sitegen.check.TestConnectors.rowLine;
import static dev.sitegen.check.TestConnectors.runRule;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** breaking-change-* and major-bump-undeclared over connectors built from model records. */
class BreakingChangeRulesTest {

    @Test
    void notMajorFlagsMinorKeysAndSuggestsTheNextMajor() {
        Connector c = source().breaking("5.4.0", "2024-07-14").build();

        Diagnostic d = assertSingle(runRule(new BreakingChangeNotMajorRule(), c), BreakingChangeNotMajorRule.INFO,
                Severity.WARNING, METADATA, breakingLine(0));
        assertThat(d.hint()).contains("'6.0.0:'");
    }

    @Test
    void notMajorAcceptsXZeroZeroAndZeroYZeroBelowOne() {
        Connector c = source().breaking("2.0.0", "2024-07-14").breaking("0.3.0", "2023-07-14").build();

        assertThat(runRule(new BreakingChangeNotMajorRule(), c)).isEmpty();
        assertSingle(runRule(new BreakingChangeNotMajorRule(), source().breaking("0.3.1", "2024-01-01").build()),
                BreakingChangeNotMajorRule.INFO, Severity.WARNING, METADATA, breakingLine(0));
    }

    @Test
    void notInChangelogIsAnErrorForAReleasedVersion() {
        Connector c = source().tag("2.0.1").row("2.0.1", "2024-06-02").row("1.9.0", "2024-05-01")
                .breaking("2.0.0", "2024-07-01").build();

        assertSingle(runRule(new BreakingChangeNotInChangelogRule(), c), BreakingChangeNotInChangelogRule.INFO,
                Severity.ERROR, METADATA, breakingLine(0));
    }

    @Test
    void notInChangelogIsInfoWhenAnnouncedAhead() {
        Connector c = source().tag("1.9.0").row("1.9.0", "2024-05-01").breaking("2.0.0", "2024-07-01").build();

        assertSingle(runRule(new BreakingChangeNotInChangelogRule(), c), BreakingChangeNotInChangelogRule.INFO,
                Severity.INFO, METADATA, breakingLine(0));
    }

    @Test
    void notInChangelogPassesWithTheRow() {
        Connector c = source().tag("2.0.0").row("2.0.0", "2024-06-01").breaking("2.0.0", "2024-07-01").build();

        assertThat(runRule(new BreakingChangeNotInChangelogRule(), c)).isEmpty();
    }

    @Test
    void deadlineMissingBlamesTheKey() {
        Connector c = source().breaking("2.0.0", Optional.empty()).build();

        Diagnostic d = assertSingle(runRule(new BreakingChangeDeadlineRule(), c), BreakingChangeDeadlineRule.INFO,
                Severity.ERROR, METADATA, breakingLine(0));
        assertThat(d.hint()).contains("upgradeDeadline: \"YYYY-MM-DD\"");
    }

    @Test
    void deadlineMustBeAnIsoDate() {
        Connector c = source().breaking("2.0.0", "14/07/2024").build();

        assertSingle(runRule(new BreakingChangeDeadlineRule(), c), BreakingChangeDeadlineRule.INFO, Severity.ERROR,
                METADATA, deadlineLine(0));
    }

    @Test
    void deadlineMustNotPrecedeTheRelease() {
        Connector c = source().tag("2.0.0").row("2.0.0", "2024-06-01").breaking("2.0.0", "2024-05-31").build();

        Diagnostic d = assertSingle(runRule(new BreakingChangeDeadlineRule(), c), BreakingChangeDeadlineRule.INFO,
                Severity.ERROR, METADATA, deadlineLine(0));
        assertThat(d.message()).contains("2024-06-01");
    }

    @Test
    void deadlinePassesOnOrAfterTheRelease() {
        Connector c = source().tag("2.0.0").row("2.0.0", "2024-06-01").breaking("2.0.0", "2024-06-01")
                .breaking("3.0.0", "2024-01-01").build();

        assertThat(runRule(new BreakingChangeDeadlineRule(), c)).isEmpty();
    }

    @Test
    void majorBumpUndeclaredIsAnErrorForTheCurrentTag() {
        Connector c = source().tag("2.0.0").row("2.0.0", "2024-06-01").row("1.9.0", "2024-05-01").build();

        Diagnostic d = assertSingle(runRule(new MajorBumpUndeclaredRule(), c), MajorBumpUndeclaredRule.INFO,
                Severity.ERROR, DOC, rowLine(0));
        assertThat(d.hint()).contains("'2.0.0:'", METADATA);
    }

    @Test
    void majorBumpUndeclaredIsAWarningForHistoryAndSkipsReleaseCandidates() {
        Connector c = source().tag("2.1.0").row("2.1.0", "2024-07-01").row("2.0.0", "2024-06-01")
                .row("2.0.0-rc.1", "2024-05-15").row("1.9.0", "2024-05-01").build();

        assertSingle(runRule(new MajorBumpUndeclaredRule(), c), MajorBumpUndeclaredRule.INFO, Severity.WARNING,
                DOC, rowLine(1));
    }

    @Test
    void majorBumpUndeclaredPassesWhenDeclaredOrFirstOrBelowOne() {
        Connector declared = source().tag("2.0.0").row("2.0.0", "2024-06-01").row("1.9.0", "2024-05-01")
                .breaking("2.0.0", "2024-07-01").build();
        Connector first = source().tag("1.0.0").row("1.0.0", "2024-06-01").build();
        Connector belowOne = source().tag("0.3.0").row("0.3.0", "2024-06-01").row("0.2.9", "2024-05-01").build();

        assertThat(runRule(new MajorBumpUndeclaredRule(), declared)).isEmpty();
        assertThat(runRule(new MajorBumpUndeclaredRule(), first)).isEmpty();
        assertThat(runRule(new MajorBumpUndeclaredRule(), belowOne)).isEmpty();
    }
}
