package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.DocPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cells of changelog rows as the corpus writes them, read through {@link ChangelogParser}. */
class ChangelogRowParserTest {

    private static final String FILE = "docs/integrations/sources/otterline.md";

    private static Changelog parseOne(String markdown) {
        List<Changelog> all = ChangelogParser.parseChangelogs(new DocPage(FILE, "integrations/sources/otterline", markdown));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static ChangelogEntry parseRow(String row) {
        return parseOne("## Changelog\n\n| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n" + row + "\n")
                .entries().get(0);
    }

    @Test
    void rowsWithoutOuterPipes() {
        Changelog c = parseOne("""
                ## Changelog
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 1.0.1 | 2024-01-02 | 3 | No trailing pipe
                1.0.0 | 2024-01-01 | 2 | No pipes at all
                """);
        assertThat(c.entries()).extracting(ChangelogEntry::subject).containsExactly("No trailing pipe", "No pipes at all");
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(4, 5);
        assertThat(c.entries()).allSatisfy(e -> assertThat(e.rowProblem()).isEmpty());
    }

    @Test
    void escapedPipesStayInTheCell() {
        ChangelogEntry e = parseRow("| 1.0.0 | 2024-01-01 | 5 | Split `a\\|b` on pipes |");
        assertThat(e.subject()).isEqualTo("Split `a\\|b` on pipes");
        assertThat(e.rowProblem()).isEmpty();
    }

    @Test
    void versionCells() {
        assertThat(parseRow("| `1.2.3` | 2024-01-01 | 1 | x |").version()).hasValueSatisfying(
                v -> assertThat(v.getVersion()).isEqualTo("1.2.3"));
        assertThat(parseRow("| `1.2.3` | 2024-01-01 | 1 | x |").rawVersion()).isEqualTo("`1.2.3`");
        assertThat(parseRow("| 3.7.2-rc.1 | 2024-01-01 | 1 | x |").version()).isPresent();
        for (String raw : List.of("2.0.0.rc4", "0.1.3.", "(none)", "unpublished", "v1.2.3", "1.2", "")) {
            ChangelogEntry e = parseRow("| " + raw + " | 2024-01-01 | 1 | x |");
            assertThat(e.version()).as(raw).isEmpty();
            assertThat(e.rawVersion()).isEqualTo(raw);
            assertThat(e.displayVersion()).isEqualTo(raw);
        }
    }

    @Test
    void dateCells() {
        assertThat(parseRow("| 1.0.0 | 2025-05-8 | 1 | x |").date()).contains(LocalDate.of(2025, 5, 8));
        assertThat(parseRow("| 1.0.0 | 2025-5-08 | 1 | x |").date()).contains(LocalDate.of(2025, 5, 8));
        for (String raw : List.of("20.10.2021", "August 16, 2022", "2021-24-05", "2023-01-??", "2021-02-30",
                "", "2024-01-01 12:00", "24-01-01")) {
            ChangelogEntry e = parseRow("| 1.0.0 | " + raw + " | 1 | x |");
            assertThat(e.date()).as(raw).isEmpty();
            assertThat(e.rawDate()).isEqualTo(raw);
        }
    }

    @Test
    void pullRequestCells() {
        ChangelogEntry mismatch = parseRow("| 1.0.0 | 2021-12-01 | [8824](https://github.com/airbytehq/airbyte/pull/8905) | x |");
        assertThat(mismatch.rawPullRequest()).isEqualTo("[8824](https://github.com/airbytehq/airbyte/pull/8905)");
        assertThat(mismatch.prNumber()).contains(8824);
        assertThat(mismatch.prUrl()).contains("https://github.com/airbytehq/airbyte/pull/8905");

        ChangelogEntry escaped = parseRow("| 1.0.0 | 2021-12-01 | [\\#10214](https://github.com/airbytehq/airbyte/pull/10214) | x |");
        assertThat(escaped.prNumber()).contains(10214);

        ChangelogEntry two = parseRow("| 1.0.0 | 2021-12-01 | [\\#9182](https://x/pull/9182) [\\#8958](https://x/pull/8958) | x |");
        assertThat(two.prNumber()).contains(9182);
        assertThat(two.prUrl()).contains("https://x/pull/9182");

        assertThat(parseRow("| 1.0.0 | 2021-12-01 | 18220 | x |").prNumber()).contains(18220);
        assertThat(parseRow("| 1.0.0 | 2021-12-01 | #37405 | x |").prNumber()).contains(37405);
        assertThat(parseRow("| 1.0.0 | 2021-12-01 | 18220 | x |").prUrl()).isEmpty();

        ChangelogEntry bareUrl = parseRow("| 1.0.0 | 2021-12-01 | https://github.com/airbytehq/airbyte/pull/20428 | x |");
        assertThat(bareUrl.prNumber()).contains(20428);
        assertThat(bareUrl.prUrl()).contains("https://github.com/airbytehq/airbyte/pull/20428");

        ChangelogEntry label = parseRow("| 1.0.0 | 2021-12-01 | [Init](https://github.com/airbytehq/airbyte/pull/25532) | x |");
        assertThat(label.prNumber()).isEmpty();
        assertThat(label.prUrl()).contains("https://github.com/airbytehq/airbyte/pull/25532");

        ChangelogEntry empty = parseRow("| 1.0.0 | 2021-12-01 |  | x |");
        assertThat(empty.rawPullRequest()).isEmpty();
        assertThat(empty.prNumber()).isEmpty();
        assertThat(empty.prUrl()).isEmpty();
        assertThat(parseRow("| 1.0.0 | 2021-12-01 | 2022-01-09 | x |").prNumber()).isEmpty();
    }

    @Test
    void subjectKeepsItsMarkdown() {
        assertThat(parseRow("| 1.0.0 | 2024-01-01 | 1 | Add `-XX:+ExitOnOutOfMemoryError` and [docs](https://x) |").subject())
                .isEqualTo("Add `-XX:+ExitOnOutOfMemoryError` and [docs](https://x)");
    }

    @Test
    void shapeProblemsAreRecordedNotThrown() {
        Changelog c = parseOne("""
                ## Changelog
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 0.2.1 | 2022-11-04 | This version was the same as 0.2.0 |
                | 0.2.0 | 2022-11-01 | 7 | Fine |
                | 4.1.3 |   | 2024-07-22 | [42411](https://x/pull/42411) | shifted |
                | :--- | :--- | :--- | :--- |
                """);
        assertThat(c.entries()).extracting(e -> e.rowProblem().orElse(""))
                .containsExactly("row has 3 cells, the table has 4", "", "row has 5 cells, the table has 4",
                        "row is a stray delimiter row");
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(4, 5, 6, 7);
        assertThat(c.entries().get(0).subject()).isEmpty();
        assertThat(c.entries().get(0).rawPullRequest()).isEqualTo("This version was the same as 0.2.0");
    }

    @Test
    void columnsAreFoundByHeaderName() {
        Changelog c = parseOne("""
                ## Changelog
                | Date | PR | version | Subject |
                |---|---|---|---|
                | 2024-01-01 | 7 | 1.0.0 | Moved columns |
                """);
        ChangelogEntry e = c.entries().get(0);
        assertThat(e.rawVersion()).isEqualTo("1.0.0");
        assertThat(e.rawDate()).isEqualTo("2024-01-01");
        assertThat(e.prNumber()).contains(7);
        assertThat(e.subject()).isEqualTo("Moved columns");
    }

    @Test
    void tableWithoutPullRequestColumn() {
        Changelog c = parseOne("""
                ## Changelog
                | Version          | Date       | Subject        |
                |------------------|------------|----------------|
                | 0.0.1 | 2024-12-03 | Initial release by [@someone](https://github.com/someone) via Connector Builder|
                """);
        ChangelogEntry e = c.entries().get(0);
        assertThat(e.rawPullRequest()).isEmpty();
        assertThat(e.prNumber()).isEmpty();
        assertThat(e.prUrl()).isEmpty();
        assertThat(e.subject()).startsWith("Initial release by");
        assertThat(e.rowProblem()).isEqualTo(Optional.empty());
    }

    @Test
    void unnamedColumnsFallBackToPositions() {
        ChangelogEntry e = parseOne("## Changelog\n| a | b | c | d |\n|---|---|---|---|\n| 1.0.0 | 2024-01-01 | 7 | s |\n")
                .entries().get(0);
        assertThat(e.version()).isPresent();
        assertThat(e.date()).isPresent();
        assertThat(e.prNumber()).contains(7);
        assertThat(e.subject()).isEqualTo("s");
    }

    @Test
    void rowsWithTheSameVersionOrDateShareOneParsedValue() {
        ChangelogEntry a = parseRow("| 1.4.0 | 2024-03-05 | 1 | a |");
        ChangelogEntry b = parseRow("| 1.4.0 | 2024-03-05 | 2 | b |");

        assertThat(b.version().orElseThrow()).isSameAs(a.version().orElseThrow());
        assertThat(b.date().orElseThrow()).isSameAs(a.date().orElseThrow());
        assertThat(b.rawVersion()).isSameAs(a.rawVersion());
        assertThat(parseRow("| 1.4.1 | 2024-03-06 | 3 | c |").version().orElseThrow().getVersion()).isEqualTo("1.4.1");
    }
}
