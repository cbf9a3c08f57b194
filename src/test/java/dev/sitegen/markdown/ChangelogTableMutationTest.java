package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exact extent of changelog tables: where they start, which rows belong, where the block ends. */
class ChangelogTableMutationTest {

    private static Optional<ChangelogTableReader.Table> read(String text, int from) {
        return ChangelogTableReader.readTable(ChangelogLines.splitLines(text), from);
    }

    private static List<Integer> rowLines(ChangelogTableReader.Table t) {
        return t.rows().stream().map(ChangelogTableReader.Row::line).toList();
    }

    @Test
    void delimitedTableRightAfterTheHeading() {
        ChangelogTableReader.Table t = read("## Changelog\n| V | D |\n|---|---|\n| 1 | a |\n| 2 | b |\n", 1).orElseThrow();
        assertThat(t.header()).containsExactly("V", "D");
        assertThat(t.delimited()).isTrue();
        assertThat(rowLines(t)).containsExactly(3, 4);
        assertThat(t.rows().get(0).cells()).containsExactly("1", "a");
        assertThat(t.lastLine()).isEqualTo(4);
    }

    @Test
    void headerWithoutDelimiterNamingVersion() {
        ChangelogTableReader.Table t = read("x\n| Version | D |\n| 1 | a |\n", 0).orElseThrow();
        assertThat(t.delimited()).isFalse();
        assertThat(rowLines(t)).containsExactly(2);
        assertThat(t.lastLine()).isEqualTo(2);
        assertThat(read("| Name | D |\n| 1 | a |\n", 0)).isEmpty();
        assertThat(read("| Version | D |\n\n| 1 | a |\n", 0)).isEmpty();
    }

    @Test
    void headerAndDelimiterWithoutRows() {
        ChangelogTableReader.Table t = read("| V |\n|---|\n", 0).orElseThrow();
        assertThat(t.rows()).isEmpty();
        assertThat(t.lastLine()).isEqualTo(1);
        assertThat(read("| V |\n", 0)).isEmpty();
        assertThat(read("", 0)).isEmpty();
    }

    @Test
    void oneBlankLineInsideTheTableIsSkippedTwoEndIt() {
        ChangelogTableReader.Table one = read("| V |\n|---|\n| 1 |\n\n| 2 |\n", 0).orElseThrow();
        assertThat(rowLines(one)).containsExactly(2, 4);
        ChangelogTableReader.Table two = read("| V |\n|---|\n| 1 |\n\n\n| 2 |\n", 0).orElseThrow();
        assertThat(rowLines(two)).containsExactly(2);
        ChangelogTableReader.Table trailing = read("| V |\n|---|\n| 1 |\n\n", 0).orElseThrow();
        assertThat(rowLines(trailing)).containsExactly(2);
        ChangelogTableReader.Table text = read("| V |\n|---|\n| 1 |\n\ntext\n", 0).orElseThrow();
        assertThat(rowLines(text)).containsExactly(2);
    }

    @Test
    void aNewTableAfterABlankLineIsNotContinued() {
        ChangelogTableReader.Table t = read("| V |\n|---|\n| 1 |\n\n| W |\n|---|\n| 9 |\n", 0).orElseThrow();
        assertThat(rowLines(t)).containsExactly(2);
        ChangelogTableReader.Table last = read("| V |\n|---|\n| 1 |\n\n| 2 |", 0).orElseThrow();
        assertThat(rowLines(last)).containsExactly(2, 4);
    }

    @Test
    void tableInDetailsEndsAtTheClosingTag() {
        String text = "<details>\n<summary>x</summary>\n\n| V |\n|---|\n| 1 |\n\n</details>\nafter\n";
        ChangelogTableReader.Table t = read(text, 0).orElseThrow();
        assertThat(rowLines(t)).containsExactly(5);
        assertThat(t.lastLine()).isEqualTo(7);
        ChangelogTableReader.Table noClose = read("<details>\n| V |\n|---|\n| 1 |\n\ntext\n</details>\n", 0).orElseThrow();
        assertThat(noClose.lastLine()).isEqualTo(3);
        ChangelogTableReader.Table outside = read("| V |\n|---|\n| 1 |\n</details>\n", 0).orElseThrow();
        assertThat(outside.lastLine()).isEqualTo(2);
        ChangelogTableReader.Table endOfFile = read("<details>\n| V |\n|---|\n| 1 |\n\n", 0).orElseThrow();
        assertThat(endOfFile.lastLine()).isEqualTo(3);
    }

    @Test
    void theSectionEndsAtTheNextHeadingOrDetailsClose() {
        assertThat(read("text\n## Next\n| V |\n|---|\n| 1 |\n", 0)).isEmpty();
        assertThat(read("</details>\n| V |\n|---|\n| 1 |\n", 0)).isEmpty();
        assertThat(read("```\n| V |\n|---|\n```\n| W |\n|---|\n", 0)).hasValueSatisfying(t ->
                assertThat(t.header()).containsExactly("W"));
        assertThat(read("| V |\n```\n|---|\n```\n", 0)).isEmpty();
    }

    @Test
    void rowsInCodeAreNotRows() {
        ChangelogTableReader.Table t = read("| V |\n|---|\n| 1 |\n```\n| 2 |\n```\n", 0).orElseThrow();
        assertThat(rowLines(t)).containsExactly(2);
    }
}
