package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowTest {

    private static String render(String template, String... cells) {
        return TableRow.readRow(template).renderRow(List.of(cells));
    }

    @Test
    void unpaddedRowsKeepSingleSpaces() {
        assertThat(render("| 2.3.1 | 2026-10-02 | [4803](u) | Fix retry |", "2.3.10", "2026-11-20", "[12](u)", "A"))
                .isEqualTo("| 2.3.10 | 2026-11-20 | [12](u) | A |");
    }

    @Test
    void paddedRowsPadToTheSameWidthsWhenTheTextFits() {
        String template = "| 0.1.3   | 2024-07-30 | [42864](u) | Migrate to Poetry   |";
        assertThat(render(template, "0.1.4", "2025-08-30", "[1](u)", "Update"))
                .isEqualTo("| 0.1.4   | 2025-08-30 | [1](u)     | Update              |");
        assertThat(render(template, "0.1.4-rc.1", "2025-08-30", "[64001](u)", "A subject longer than the column"))
                .isEqualTo("| 0.1.4-rc.1 | 2025-08-30 | [64001](u) | A subject longer than the column |");
    }

    @Test
    void rightAlignedCellsPadOnTheLeft() {
        assertThat(render("|   0.1 | b |", "1.2.3", "x")).isEqualTo("| 1.2.3 | x |");
        assertThat(render("|     0.1 | b |", "1.2", "x")).isEqualTo("|     1.2 | x |");
    }

    @Test
    void rowsWithoutOuterPipesStayThatWay() {
        assertThat(render("`2.1.0` | 2025-05-02 | [#310](u) | Add stream", "`3.0.0`", "2025-09-01", "[#345](u)", "Drop"))
                .isEqualTo("`3.0.0` | 2025-09-01 | [#345](u) | Drop");
        assertThat(render("  | a | b", "x", "y")).isEqualTo("  | x | y");
    }

    @Test
    void escapedPipesStayInTheirCell() {
        TableRow row = TableRow.readRow("| 1.0.0 | a \\| b | c |");

        assertThat(row.cells()).extracting(TableRow.Cell::text).containsExactly("1.0.0", "a \\| b", "c");
        assertThat(row.trailingPipe()).isTrue();
    }

    @Test
    void emptyCellsTakeTheirWidth() {
        assertThat(render("| 0.1.0   |            | x |", "0.2.0", "[5](u)", "y")).isEqualTo("| 0.2.0   | [5](u)     | y |");
    }

    @Test
    void cellTextIsEscapedForTables() {
        assertThat(ChangelogEdit.escapeCell("a | b \\| c\nd")).isEqualTo("a \\| b \\| c d");
    }
}
