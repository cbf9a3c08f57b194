package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact cell splitting and row classification of changelog tables, at the edges. */
class ChangelogCellsMutationTest {

    @Test
    void splitsCellsWithOptionalOuterPipesAndEscapes() {
        assertThat(ChangelogCells.splitCells("| a | b |")).containsExactly("a", "b");
        assertThat(ChangelogCells.splitCells("a | b")).containsExactly("a", "b");
        assertThat(ChangelogCells.splitCells("  | a |b  ")).containsExactly("a", "b");
        assertThat(ChangelogCells.splitCells("| a \\| b | c |")).containsExactly("a \\| b", "c");
        assertThat(ChangelogCells.splitCells("|  |  |")).containsExactly("", "");
        assertThat(ChangelogCells.splitCells("| x")).containsExactly("x");
        assertThat(ChangelogCells.splitCells("|")).isEmpty();
        assertThat(ChangelogCells.splitCells("")).isEmpty();
        assertThat(ChangelogCells.splitCells("   ")).isEmpty();
        assertThat(ChangelogCells.splitCells("a")).containsExactly("a");
        assertThat(ChangelogCells.splitCells("|a\\")).containsExactly("a\\");
        assertThat(ChangelogCells.splitCells("| a\t| b\t|")).containsExactly("a", "b");
    }

    @Test
    void tableRowsHaveAnUnescapedPipeAndStartNoOtherBlock() {
        assertThat(ChangelogCells.isTableRow("| a |")).isTrue();
        assertThat(ChangelogCells.isTableRow("a | b")).isTrue();
        assertThat(ChangelogCells.isTableRow("   | a")).isTrue();
        assertThat(ChangelogCells.isTableRow("a \\| b")).isFalse();
        assertThat(ChangelogCells.isTableRow("a \\\\| b")).isTrue();
        assertThat(ChangelogCells.isTableRow("")).isFalse();
        assertThat(ChangelogCells.isTableRow("   ")).isFalse();
        assertThat(ChangelogCells.isTableRow("no pipe")).isFalse();
        assertThat(ChangelogCells.isTableRow("<td>a|b</td>")).isFalse();
        assertThat(ChangelogCells.isTableRow("> a | b")).isFalse();
        assertThat(ChangelogCells.isTableRow("```a|b")).isFalse();
        assertThat(ChangelogCells.isTableRow("~~~a|b")).isFalse();
        assertThat(ChangelogCells.isTableRow("# a | b")).isFalse();
        assertThat(ChangelogCells.isTableRow("#a | b")).isTrue();
        assertThat(ChangelogCells.isTableRow("~~a~~ | b")).isTrue();
        assertThat(ChangelogCells.isTableRow("``a`` | b")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"|---|---|", "| :-- | --: |", "|:-:|", "---|---", "| - |", "|---||", "| --- |  |"})
    void delimiterRows(String line) {
        assertThat(ChangelogCells.isDelimiterRow(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"| a |", "| : |", "| :: |", "|-a-|", "| |", "|---|x|", "---", "| -:- |", "# |---|"})
    void noDelimiterRows(String line) {
        assertThat(ChangelogCells.isDelimiterRow(line)).isFalse();
    }

    @Test
    void delimiterCellsNeedOneDashCellAndOnlyDashCells() {
        assertThat(ChangelogCells.isDelimiterCells(List.of())).isFalse();
        assertThat(ChangelogCells.isDelimiterCells(List.of("", ""))).isFalse();
        assertThat(ChangelogCells.isDelimiterCells(List.of("", "-"))).isTrue();
        assertThat(ChangelogCells.isDelimiterCells(List.of("-", "x"))).isFalse();
        assertThat(ChangelogCells.isDelimiterCells(List.of(":-"))).isTrue();
        assertThat(ChangelogCells.isDelimiterCells(List.of("-:"))).isTrue();
        assertThat(ChangelogCells.isDelimiterCells(List.of(":"))).isFalse();
        assertThat(ChangelogCells.isDelimiterCells(List.of("::"))).isFalse();
        assertThat(ChangelogCells.isDelimiterCells(List.of(":-:"))).isTrue();
        assertThat(ChangelogCells.isDelimiterCells(List.of("-x-"))).isFalse();
    }
}
