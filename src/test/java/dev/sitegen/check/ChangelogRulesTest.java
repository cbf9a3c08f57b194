package dev.sitegen.check;

import static dev.sitegen.check.TestConnectors.DOC;
import static dev.sitegen.check.TestConnectors.METADATA;
import static dev.sitegen.check.TestConnectors.REPO;
import static dev.sitegen.check.TestConnectors.TAG_LINE;
import static dev.sitegen.check.TestConnectors.assertSingle;
import static dev.sitegen.check.TestConnectors.rowLine;
import static dev.sitegen.check.TestConnectors.runRule;
import static dev.sitegen.check.TestConnectors.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Connector;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The changelog-* rules over connectors built from model records. */
class ChangelogRulesTest {

    @Test
    void changelogMissingWhenTheDocHasNoTable() {
        Connector c = source().noChangelog().build();

        Diagnostic d = assertSingle(runRule(new ChangelogMissingRule(), c), ChangelogMissingRule.INFO,
                Severity.ERROR, DOC, 5);
        assertThat(d.hint()).contains("## Changelog", "| 1.0.0 | YYYY-MM-DD | [NNNNN](" + REPO + "/pull/NNNNN)");
    }

    @Test
    void changelogMissingPassesWithATableAndIgnoresUndocumentedConnectors() {
        assertThat(runRule(new ChangelogMissingRule(), source().row("1.0.0", "2024-01-01").build())).isEmpty();
        assertThat(runRule(new ChangelogMissingRule(), source().noDoc().build())).isEmpty();
    }

    @Test
    void currentVersionNeedsItsExactRow() {
        Connector c = source().tag("1.2.1").row("1.2.10", "2024-02-01").row("1.2.0", "2024-01-01").build();

        Diagnostic d = assertSingle(runRule(new ChangelogCurrentVersionRule(), c), ChangelogCurrentVersionRule.INFO,
                Severity.ERROR, METADATA, TAG_LINE);
        assertThat(d.hint()).startsWith("add '| 1.2.1 | YYYY-MM-DD |").contains("above " + DOC + ":" + rowLine(0));
    }

    @Test
    void currentVersionReleaseCandidateNeedsItsOwnRow() {
        Connector rc = source().tag("3.7.2-rc.1").row("3.7.2", "2024-02-01").build();

        assertSingle(runRule(new ChangelogCurrentVersionRule(), rc), ChangelogCurrentVersionRule.INFO,
                Severity.ERROR, METADATA, TAG_LINE);
    }

    @Test
    void currentVersionPassesWithBacktickedRow() {
        Connector c = source().tag("1.2.1").row("`1.2.1`", "2024-02-01").build();

        assertThat(runRule(new ChangelogCurrentVersionRule(), c)).isEmpty();
    }

    @Test
    void aheadOfVersionBlamesTheNewerRow() {
        Connector c = source().tag("1.2.0").row("1.3.0", "2024-03-01").row("1.2.0", "2024-02-01").build();

        assertSingle(runRule(new ChangelogAheadOfVersionRule(), c), ChangelogAheadOfVersionRule.INFO,
                Severity.ERROR, DOC, rowLine(0));
        assertThat(runRule(new ChangelogAheadOfVersionRule(), source().tag("1.3.0")
                .row("1.3.0", "2024-03-01").row("1.2.0", "2024-02-01").build())).isEmpty();
    }

    @Test
    void orderReportsTheRowNewerThanTheOneAboveOnce() {
        Connector c = source().tag("1.10.0").row("1.9.0", "2024-03-01").row("1.10.0", "2024-04-01")
                .row("1.8.0", "2024-02-01").build();

        Diagnostic d = assertSingle(runRule(new ChangelogOrderRule(), c), ChangelogOrderRule.INFO, Severity.ERROR,
                DOC, rowLine(1));
        assertThat(d.hint()).isEqualTo("move this row above line " + rowLine(0) + " (row 1.9.0)");
    }

    @Test
    void orderIsSemanticAndSkipsUnparsedRows() {
        Connector c = source().row("1.10.0", "2024-04-01").row("unpublished", "2024-03-15")
                .row("1.9.0", "2024-03-01").row("1.9.0-rc.1", "2024-02-01").build();

        assertThat(runRule(new ChangelogOrderRule(), c)).isEmpty();
    }

    @Test
    void duplicateIsAdjacentEqualVersionsNotOrder() {
        Connector c = source().row("1.2.0", "2024-04-01").row("`1.2.0`", "2024-03-01").row("1.1.0", "2024-02-01")
                .build();

        assertSingle(runRule(new ChangelogDuplicateRule(), c), ChangelogDuplicateRule.INFO, Severity.ERROR, DOC,
                rowLine(1));
        assertThat(runRule(new ChangelogOrderRule(), c)).isEmpty();
        assertThat(runRule(new ChangelogDuplicateRule(), source().row("1.2.0", "2024-04-01")
                .row("1.1.0", "2024-03-01").build())).isEmpty();
    }

    @Test
    void malformedRowQuotesTheRawVersionAndSuggestsSemver() {
        Connector c = source().row("1.0.0", "2024-04-01").row("2.0.0.rc4", "2024-03-01").build();

        Diagnostic d = assertSingle(runRule(new ChangelogMalformedRowRule(), c), ChangelogMalformedRowRule.INFO,
                Severity.WARNING, DOC, rowLine(1));
        assertThat(d.message()).contains("'2.0.0.rc4'");
        assertThat(d.hint()).isEqualTo("write '2.0.0-rc.4' in the Version cell");
    }

    @Test
    void malformedRowReportsTheShapeProblem() {
        Connector c = source().malformedRow("1.0.0", "row has 3 cells, the table has 4").build();

        Diagnostic d = assertSingle(runRule(new ChangelogMalformedRowRule(), c), ChangelogMalformedRowRule.INFO,
                Severity.WARNING, DOC, rowLine(0));
        assertThat(d.message()).contains("row has 3 cells");
        assertThat(runRule(new ChangelogMalformedRowRule(), source().row("1.0.0", "2024-01-01").build())).isEmpty();
    }

    @Test
    void dateMustBeARealZeroPaddedIsoDate() {
        Connector c = source().row("1.2.0", "2025-05-8").row("1.1.0", "2024-05-08").build();

        Diagnostic d = assertSingle(runRule(new ChangelogDateRule(), c), ChangelogDateRule.INFO, Severity.WARNING,
                DOC, rowLine(0));
        assertThat(d.hint()).isEqualTo("write '2025-05-08' in the Date cell");
    }

    @Test
    void dateHintsOnlyWhenTheMeaningIsClear() {
        Connector c = source().row("1.3.0", "2021-24-05").row("1.2.0", "August 16, 2022")
                .row("1.1.0", "2023-01-??").row("1.0.0", "2023-02-30").build();

        List<Diagnostic> found = runRule(new ChangelogDateRule(), c);

        assertThat(found).extracting(Diagnostic::hint).containsExactly(
                "write '2021-05-24' in the Date cell", "write '2022-08-16' in the Date cell",
                "write the release date as YYYY-MM-DD (zero-padded, e.g. 2024-03-07) in the Date cell",
                "write the release date as YYYY-MM-DD (zero-padded, e.g. 2024-03-07) in the Date cell");
    }

    @Test
    void prLinkLabelMustMatchTheUrl() {
        Connector c = source().row("1.0.0", "2024-01-01", "[8824](" + REPO + "/pull/8905)", Optional.of(8824),
                Optional.of(REPO + "/pull/8905")).build();

        Diagnostic d = assertSingle(runRule(new ChangelogPrLinkRule(), c), ChangelogPrLinkRule.INFO,
                Severity.WARNING, DOC, rowLine(0));
        assertThat(d.message()).contains("8824", "pull/8905");
    }

    @Test
    void prLinkMustBeAPullRequestOfTheRepository() {
        Connector c = source().row("1.0.0", "2024-01-01", "[8700](https://github.com/other/repo/pull/8700)",
                Optional.of(8700), Optional.of("https://github.com/other/repo/pull/8700")).build();

        Diagnostic d = assertSingle(runRule(new ChangelogPrLinkRule(), c), ChangelogPrLinkRule.INFO,
                Severity.WARNING, DOC, rowLine(0));
        assertThat(d.hint()).startsWith("write '[8700](" + REPO + "/pull/8700)' in the Pull Request cell");
    }

    @Test
    void prLinkPassesForGoodLinksBareNumbersAndUnknownRepository() {
        Connector good = source().row("1.1.0", "2024-02-01")
                .row("1.0.0", "2024-01-01", "123", Optional.of(123), Optional.empty()).build();
        Connector bad = source().row("1.0.0", "2024-01-01", "[1](https://example.com/x)", Optional.of(1),
                Optional.of("https://example.com/x")).build();

        assertThat(runRule(new ChangelogPrLinkRule(), good)).isEmpty();
        assertThat(runRule(new ChangelogPrLinkRule(), bad,
                new CheckContext(Optional.of(TestConnectors.HOST), Optional.empty()))).isEmpty();
    }

    @Test
    void rowRulesReportASharedTableOnceForItsFirstReader() {
        Connector c = source().row("1.0.0", "2024-1-01").build();
        CheckContext shared = new CheckContext(Optional.of(TestConnectors.HOST), Optional.of(REPO),
                java.util.Map.of(c.changelog().orElseThrow().pos(), List.of("source-a", "source-foo")));

        assertThat(runRule(new ChangelogDateRule(), c, shared)).isEmpty();
        assertThat(runRule(new ChangelogDateRule(), c)).hasSize(1);
    }

    @Test
    void aheadOfVersionIsOneDiagnosticPerConnectorAndNamesTheSharers() {
        Connector c = source().tag("1.0.0").row("1.2.0", "2024-03-01").row("1.1.0", "2024-02-01")
                .row("1.0.0", "2024-01-01").build();
        CheckContext shared = new CheckContext(Optional.of(TestConnectors.HOST), Optional.of(REPO),
                java.util.Map.of(c.changelog().orElseThrow().pos(), List.of("source-bar", "source-foo")));

        Diagnostic d = assertSingle(runRule(new ChangelogAheadOfVersionRule(), c, shared),
                ChangelogAheadOfVersionRule.INFO, Severity.ERROR, DOC, rowLine(0));
        assertThat(d.message()).contains("1.2.0 (and 1 more row(s))");
        assertThat(d.hint()).contains("source-bar", "'### Changelog: source-foo'");
    }

    @Test
    void dateAndLinkSkipRowsWithAShapeProblem() {
        Connector c = source().malformedRow("1.0.0", "row has 5 cells, the table has 4").build();

        assertThat(runRule(new ChangelogDateRule(), source().row("1.0.0", ":---").build())).hasSize(1);
        assertThat(runRule(new ChangelogDateRule(), c)).isEmpty();
        assertThat(runRule(new ChangelogPrLinkRule(), c)).isEmpty();
    }
}
