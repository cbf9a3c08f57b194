package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one table-row splitter: spans, outer pipes, escapes and code spans. */
class TableCellsTest {

    @Test
    void spansKeepTheWhitespaceAroundEachCellAndTheRowsIndentAndEndAreMarked() {
        String line = "  | 1.0.0 |  a  |   ";
        TableCells row = TableCells.splitRow(line);

        assertThat(row.contentStart()).isEqualTo(2);
        assertThat(row.contentEnd()).isEqualTo(17);
        assertThat(row.leadingPipe()).isTrue();
        assertThat(row.trailingPipe()).isTrue();
        assertThat(row.cells()).containsExactly(new TableCells.Span(3, 10), new TableCells.Span(11, 16));
        assertThat(row.trimCells(line)).containsExactly("1.0.0", "a");
    }

    @Test
    void outerPipesAreOptionalAndAnEscapedPipeStaysInItsCell() {
        String line = "1.0.0 | a \\| b | `x|y`";
        TableCells row = TableCells.splitRow(line);

        assertThat(row.leadingPipe()).isFalse();
        assertThat(row.trailingPipe()).isFalse();
        // GFM: a code span does not protect a pipe; only the escape does
        assertThat(row.trimCells(line)).containsExactly("1.0.0", "a \\| b", "`x", "y`");
    }

    @Test
    void aLineWithoutAnUnescapedPipeHasNone() {
        assertThat(TableCells.splitRow("plain text").hasPipe()).isFalse();
        assertThat(TableCells.splitRow("a \\| b").hasPipe()).isFalse();
        assertThat(TableCells.splitRow("a |").hasPipe()).isTrue();
        assertThat(TableCells.splitRow("|").hasPipe()).isTrue();
        assertThat(TableCells.splitRow("|").cells()).isEmpty();
        assertThat(TableCells.splitRow("||").trimCells("||")).containsExactly("");
        assertThat(TableCells.splitRow("\t| a |").contentStart()).isEqualTo(1);
    }
}
