package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SourcePos;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where changelogs are found in a doc and where their blocks and rows are, line by line. */
class ChangelogParserTest {

    private static final String FILE = "docs/integrations/sources/otterline.md";

    private static List<Changelog> parse(String markdown) {
        return ChangelogParser.parseChangelogs(new DocPage(FILE, "integrations/sources/otterline", markdown));
    }

    private static Changelog parseOne(String markdown) {
        List<Changelog> all = parse(markdown);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void tableInsideDetailsEndsAtTheClosingTag() {
        Changelog c = parseOne("""
                # Otterline
                
                ## Changelog
                
                <details>
                  <summary>Expand to review</summary>
                
                | Version | Date       | Pull Request                                             | Subject         |
                | :------ | :--------- | :------------------------------------------------------- | :-------------- |
                | 1.1.0   | 2025-04-05 | [57101](https://github.com/airbytehq/airbyte/pull/57101) | Add streams     |
                | 1.0.0   | 2025-03-29 | [56663](https://github.com/airbytehq/airbyte/pull/56663) | Initial release |
                
                </details>
                
                ## After
                """);
        assertThat(c.scope()).isEmpty();
        assertThat(c.pos()).isEqualTo(SourcePos.at(FILE, 3, 1));
        assertThat(c.firstLine()).isEqualTo(3);
        assertThat(c.lastLine()).isEqualTo(13);
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(10, 11);
        ChangelogEntry first = c.entries().get(0);
        assertThat(first.pos()).isEqualTo(SourcePos.at(FILE, 10, 1));
        assertThat(first.rawVersion()).isEqualTo("1.1.0");
        assertThat(first.displayVersion()).isEqualTo("1.1.0");
        assertThat(first.date()).contains(LocalDate.of(2025, 4, 5));
        assertThat(first.prNumber()).contains(57101);
        assertThat(first.prUrl()).contains("https://github.com/airbytehq/airbyte/pull/57101");
        assertThat(first.subject()).isEqualTo("Add streams");
        assertThat(first.rowProblem()).isEmpty();
    }

    @Test
    void tableOutsideDetailsEndsAtItsLastRow() {
        Changelog c = parseOne("""
                ### CHANGELOG
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 0.1.0 | 2024-05-23 | [38600](https://github.com/airbytehq/airbyte/pull/38600) | First |
                
                Text after.
                """);
        assertThat(c.firstLine()).isEqualTo(1);
        assertThat(c.lastLine()).isEqualTo(4);
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(4);
    }

    @Test
    void noteAndBlankLinesBeforeTheTableArePassedOver() {
        Changelog c = parseOne("""
                # Changelog
                
                
                <details>
                  <summary>Expand to review</summary>
                
                The OSS and Cloud variants have the same version number.
                
                | Version | Date | Pull request | Subject |
                | ------- | ---- | ------------ | ------- |
                | 2.2.1 | 2024-02-13 | [35231](https://github.com/airbytehq/airbyte/pull/35231) | Adopt JDK |
                </details>
                """);
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(11);
        assertThat(c.entries().get(0).prNumber()).contains(35231);
        assertThat(c.lastLine()).isEqualTo(12);
    }

    @Test
    void rowsAfterASingleBlankLineStillBelongToTheTable() {
        Changelog c = parseOne("""
                ## Changelog
                
                | Version | Date | Pull Request | Subject |
                | :------ | :--- | :----------- | :------ |
                | 0.2.1 | 2024-05-20 | [38417](https://github.com/airbytehq/airbyte/pull/38417) | Base image |
                
                | 0.2.0 | 2021-09-31 | [29311](https://github.com/airbytehq/airbyte/pull/29311) | Low-code |
                | 0.1.0 | 2021-08-10 | [12145](https://github.com/airbytehq/airbyte/pull/12145) | Initial |
                
                
                | 9.9.9 | 2020-01-01 | 1 | after two blank lines: not the table |
                """);
        assertThat(c.entries()).extracting(ChangelogEntry::rawVersion).containsExactly("0.2.1", "0.2.0", "0.1.0");
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(5, 7, 8);
        assertThat(c.lastLine()).isEqualTo(8);
        assertThat(c.entries().get(1).date()).isEmpty();
    }

    @Test
    void aNewTableAfterABlankLineIsNotContinued() {
        Changelog c = parseOne("""
                ## Changelog
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 1.0.0 | 2024-01-01 | 1 | One |
                
                | Other | Table |
                |---|---|
                | a | b |
                """);
        assertThat(c.entries()).extracting(ChangelogEntry::rawVersion).containsExactly("1.0.0");
        assertThat(c.lastLine()).isEqualTo(4);
    }

    @Test
    void sharedDocHasOneTablePerScopedHeading() {
        List<Changelog> all = parse("""
                # ClickHouse
                
                ## Changelog
                
                <details>
                  <summary>Expand to review</summary>
                
                | Version | Date | Pull Request | Subject |
                | :------ | :--- | :----------- | :------ |
                | 0.2.3 | 2024-12-18 | [49901](https://github.com/airbytehq/airbyte/pull/49901) | Base image |
                
                </details>
                
                ## Changelog: source-clickhouse-strict-encrypt
                <details>
                  <summary>Expand to review</summary>
                
                | Version | Date | Pull Request | Subject |
                | :------ | :--- | :----------- | :------ |
                | 0.2.0 | 2023-12-18 | [33485](https://github.com/airbytehq/airbyte/pull/33485) | Remove LEGACY state |
                |       | 2022-10-13 | [15535](https://github.com/airbytehq/airbyte/pull/16238) | No version |
                
                </details>
                """);
        assertThat(all).hasSize(2);
        assertThat(ChangelogParser.findChangelogLines(new DocPage(FILE, "integrations/sources/otterline", """
                # ClickHouse

                ## Changelog

                | Version | Date | Pull Request | Subject |
                | :------ | :--- | :----------- | :------ |
                | 0.2.3 | 2024-12-18 | [49901](https://github.com/airbytehq/airbyte/pull/49901) | Base image |

                ## Changelog: source-clickhouse-strict-encrypt
                <details>

                | Version | Date | Pull Request | Subject |
                | :------ | :--- | :----------- | :------ |
                | 0.2.0 | 2023-12-18 | [33485](https://github.com/airbytehq/airbyte/pull/33485) | Remove LEGACY state |

                </details>
                """))).containsExactly(new LineRange(3, 7), new LineRange(9, 16));
        assertThat(all.get(0).scope()).isEmpty();
        assertThat(all.get(0).pos().line()).isEqualTo(3);
        assertThat(all.get(0).lastLine()).isEqualTo(12);
        assertThat(all.get(1).scope()).contains("source-clickhouse-strict-encrypt");
        assertThat(all.get(1).pos().line()).isEqualTo(14);
        assertThat(all.get(1).lastLine()).isEqualTo(23);
        assertThat(all.get(1).entries()).extracting(e -> e.pos().line()).containsExactly(20, 21);
        ChangelogEntry noVersion = all.get(1).entries().get(1);
        assertThat(noVersion.rawVersion()).isEmpty();
        assertThat(noVersion.version()).isEmpty();
        assertThat(noVersion.prNumber()).contains(15535);
        assertThat(noVersion.prUrl()).contains("https://github.com/airbytehq/airbyte/pull/16238");
    }

    @Test
    void scopedHeadingForms() {
        assertThat(ChangelogHeadings.findScope("Changelog: source-foo")).contains("source-foo");
        assertThat(ChangelogHeadings.findScope("Changelog - `destination-foo`")).contains("destination-foo");
        assertThat(ChangelogHeadings.findScope("Changelog (source-foo)")).contains("source-foo");
        assertThat(ChangelogHeadings.findScope("CHANGELOG for source-foo")).contains("source-foo");
        assertThat(ChangelogHeadings.findScope("Changelog (deprecated)")).isEmpty();
        assertThat(ChangelogHeadings.findScope("Changelog")).isEmpty();
        assertThat(ChangelogHeadings.findScope("Changelog {#changelog}")).isEmpty();
    }

    @Test
    void docWithoutChangelogHasNone() {
        assertThat(parse("# Otterline\n\n## Setup\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")).isEmpty();
        assertThat(parse("")).isEmpty();
    }

    @Test
    void headingWithoutATableYieldsNoChangelog() {
        assertThat(parse("""
                ## Changelog
                
                <details>
                  <summary>Expand to review</summary>
                
                The connector is still incubating.
                
                - 0.1.0
                
                </details>
                
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 1.0.0 | 2024-01-01 | 1 | after the details: not this changelog's |
                """)).isEmpty();
        assertThat(parse("## Changelog\n\n## Next\n\n| Version | Date |\n|---|---|\n| 1.0.0 | 2024-01-01 |\n"))
                .isEmpty();
    }

    @Test
    void headingsInFencedCodeAreIgnored() {
        List<Changelog> all = parse("""
                ```markdown
                ## Changelog
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 9.9.9 | 2024-01-01 | 1 | example |
                ```
                
                ## Changelog
                | Version | Date | Pull Request | Subject |
                |---|---|---|---|
                | 1.0.0 | 2024-01-01 | 2 | real |
                """);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).pos().line()).isEqualTo(8);
        assertThat(all.get(0).entries()).extracting(ChangelogEntry::rawVersion).containsExactly("1.0.0");
    }

    @Test
    void headerWithoutDelimiterRowIsReadAndFlaggedOnItsFirstRow() {
        Changelog c = parseOne("""
                ## Changelog
                
                | Version | Date | Pull Request | Subject |
                | 0.1.1 | 2025-02-26 | [54696](https://github.com/airbytehq/airbyte/pull/54696) | Update |
                | 0.1.0 | 2023-09-07 | [30222](https://github.com/airbytehq/airbyte/pull/30222) | Initial |
                """);
        assertThat(c.entries()).extracting(e -> e.pos().line()).containsExactly(4, 5);
        assertThat(c.entries().get(0).rowProblem()).hasValueSatisfying(p -> assertThat(p).contains("delimiter"));
        assertThat(c.entries().get(1).rowProblem()).isEmpty();
    }

    @Test
    void windowsLineEndingsAndDelimiterWithWrongCellCount() {
        Changelog c = parseOne("## Changelog\r\n| Version | Date | Pull Request | Subject |\r\n"
                + "| :--- | :--- | :--- | :--- | -------- |\r\n| 1.0.0 | 2024-01-01 | 12 | Fix |\r\n");
        assertThat(c.entries()).hasSize(1);
        assertThat(c.entries().get(0).subject()).isEqualTo("Fix");
        assertThat(c.entries().get(0).rowProblem()).isEmpty();
        assertThat(c.lastLine()).isEqualTo(4);
    }

    @Test
    void hostileInputStaysLinear() {
        String brackets = "[".repeat(200_000);
        String pipes = "|".repeat(200_000);
        String doc = "## Changelog\n| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n"
                + ("| 1.0.0 | 2024-01-01 | " + brackets + " | x |\n").repeat(3) + pipes + "\n"
                + ("| " + "\\|".repeat(50_000) + "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(parse(doc)).hasSize(1));
    }
}
