package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact reading of changelog dates, headings, columns and pull-request cells, at every edge. */
class ChangelogFieldsMutationTest {

    @ParameterizedTest
    @CsvSource({"2024-01-02,2024-01-02", "2024-1-2,2024-01-02", "`2025-05-8`,2025-05-08", " 2023-12-31 ,2023-12-31",
        "0001-01-01,0001-01-01", "2024-02-29,2024-02-29", "2024-10-10,2024-10-10", "9999-12-31,9999-12-31"})
    void readsIsoLikeDates(String cell, String expected) {
        assertThat(ChangelogDates.parseDate(cell)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024", "2024-01", "20.10.2021", "August 16, 2022", "2021-24-05", "2023-01-??",
        "24-01-02", "20245-01-02", "2024-001-02", "2024-01-002", "2024--02", "2024-01-", "2023-02-29", "2024-00-10",
        "2024-01-00", "2024-0a-01", "2024-01-0/", "-2024-01-01", "2024-01-02-03", "202a-01-01", "2024-:1-01"})
    void rejectsEverythingElse(String cell) {
        assertThat(ChangelogDates.parseDate(cell)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Changelog: source-foo|source-foo", "Changelog (source-foo)|source-foo",
        "Changelog for `source-foo`|source-foo", "changelog - destination-x_y.z|destination-x_y.z",
        "Changelog: source-foo {#cl}|source-foo", "Changelog *source-a1*|source-a1", "Changelog — source-b|source-b"})
    void findsTheScopeOfScopedChangelogs(String heading, String scope) {
        assertThat(ChangelogHeadings.isChangelog(heading)).isTrue();
        assertThat(ChangelogHeadings.findScope(heading)).contains(scope);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Changelog", "Changelog (deprecated)", "Changelog: source foo", "Changelog: source-foo!",
        "Changelog for", "Changelog {#x}", "Change log: source-foo", "Release notes: source-foo", "Changelog: -",
        "Changelog: source-foo {#", "Changelog: {#a-b}"})
    void unscopedOrNoChangelog(String heading) {
        assertThat(ChangelogHeadings.findScope(heading)).isEmpty();
    }

    @Test
    void changelogHeadingsStartWithTheWord() {
        assertThat(ChangelogHeadings.isChangelog("  CHANGELOG")).isTrue();
        assertThat(ChangelogHeadings.isChangelog("Changelogs")).isTrue();
        assertThat(ChangelogHeadings.isChangelog("The changelog")).isFalse();
    }

    @Test
    void columnsAreFoundByNameElseByPosition() {
        assertThat(ChangelogColumns.fromHeader(List.of("Version", "Date", "Pull Request", "Subject")))
                .isEqualTo(new ChangelogColumns(0, 1, 2, 3, 4));
        assertThat(ChangelogColumns.fromHeader(List.of("Subject", "**Version**", "`Date`", "PR")))
                .isEqualTo(new ChangelogColumns(1, 2, 3, 0, 4));
        assertThat(ChangelogColumns.fromHeader(List.of("Version", "Notes")))
                .isEqualTo(new ChangelogColumns(0, -1, -1, 1, 2));
        assertThat(ChangelogColumns.fromHeader(List.of("a", "b", "c")))
                .isEqualTo(new ChangelogColumns(0, 1, 2, -1, 3));
        assertThat(ChangelogColumns.fromHeader(List.of("Version", "Version", "PRs", "Description", "x")))
                .isEqualTo(new ChangelogColumns(0, 1, 2, 3, 5));
        assertThat(ChangelogColumns.fromHeader(List.of("Change", "PR link", "Date", "Version")))
                .isEqualTo(new ChangelogColumns(3, 2, 1, 0, 4));
        assertThat(ChangelogColumns.fromHeader(List.of())).isEqualTo(new ChangelogColumns(-1, -1, -1, -1, 0));
        assertThat(ChangelogColumns.fromHeader(List.of("x", "Version"))).isEqualTo(new ChangelogColumns(1, -1, -1, -1, 2));
    }

    @Test
    void cellsOutsideTheRowAreEmpty() {
        assertThat(ChangelogColumns.findCell(List.of("a", "b"), 1)).isEqualTo("b");
        assertThat(ChangelogColumns.findCell(List.of("a", "b"), 2)).isEmpty();
        assertThat(ChangelogColumns.findCell(List.of("a"), -1)).isEmpty();
        assertThat(ChangelogColumns.findCell(List.of("a"), 0)).isEqualTo("a");
    }

    private static ChangelogPullRequests.PullRequest pr(String cell) {
        return ChangelogPullRequests.parsePullRequest(cell);
    }

    @Test
    void pullRequestCellsGiveNumberAndUrl() {
        assertThat(pr("[8824](https://github.com/o/r/pull/8905)"))
                .isEqualTo(new ChangelogPullRequests.PullRequest(Optional.of(8824), Optional.of("https://github.com/o/r/pull/8905")));
        assertThat(pr("[#12](<https://x/pull/12> \"title\")").url()).contains("https://x/pull/12");
        assertThat(pr("[PR#7](u)").number()).contains(7);
        assertThat(pr("see [a] then [9](u)").number()).contains(9);
        assertThat(pr("[a [b]](u)")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.of("u")));
        assertThat(pr("[a\\]](u)").url()).contains("u");
        assertThat(pr("[1](u(v))").url()).contains("u(v)");
        assertThat(pr("[1] (u)")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.empty()));
        assertThat(pr("[1](u").url()).isEmpty();
        assertThat(pr("[1]").number()).contains(1);
        assertThat(pr("[").url()).isEmpty();
        assertThat(pr("[x]")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.empty()));
        assertThat(pr("123")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.of(123), Optional.empty()));
        assertThat(pr(" #45 ").number()).contains(45);
        assertThat(pr("\\#45").number()).contains(45);
        assertThat(pr("https://github.com/o/r/pull/77/files"))
                .isEqualTo(new ChangelogPullRequests.PullRequest(Optional.of(77), Optional.of("https://github.com/o/r/pull/77/files")));
        assertThat(pr("<https://github.com/o/r/pull/78>").number()).contains(78);
        assertThat(pr("<https://github.com/o/r/pull/78>").url()).contains("https://github.com/o/r/pull/78");
        assertThat(pr("http://x/commit/1")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.of("http://x/commit/1")));
        assertThat(pr("http://x/pull/")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.of("http://x/pull/")));
        assertThat(pr("<>")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.empty()));
        assertThat(pr("<")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.empty()));
        assertThat(pr("")).isEqualTo(new ChangelogPullRequests.PullRequest(Optional.empty(), Optional.empty()));
        assertThat(pr("[](u)").number()).isEmpty();
        assertThat(pr("[1]()").url()).contains("");
    }

    @Test
    void aCellFullOfBracketsGivesUpAfterEightTries() {
        assertThat(pr("[a][b][c][d][e][f][g][h][9](u)").url()).isEmpty();
        assertThat(pr("[a][b][c][d][e][f][g][9](u)").url()).contains("u");
    }

    @ParameterizedTest
    @CsvSource({"123,123", "#1,1", "PR123,123", "pr 5,5", "`#7`,7", "*8*,8", "(9),9", "[10],10", "123456789,123456789"})
    void numbersAreDigitsAfterAnOptionalHashOrPr(String label, int number) {
        assertThat(ChangelogPullRequests.readNumber(label)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "PR", "1234567890", "12a", "-1", "p1", "1.5"})
    void everythingElseIsNoNumber(String label) {
        assertThat(ChangelogPullRequests.readNumber(label)).isEmpty();
    }
}
