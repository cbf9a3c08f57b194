package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines the prepass blanks: MDX imports (one or many lines) and dropped ranges, line count kept. */
class SourcePrepassTest {

    private static List<String> blank(String markdown) {
        return List.of(SourcePrepass.blankLines(markdown, List.of()).split("\n", -1));
    }

    @Test
    void aMultiLineImportIsBlankedUpToItsFromClause() {
        List<String> lines = blank("# T\nimport {\n  A,\n  B,\n} from '@site/x';\ntext\n");

        assertThat(lines).containsExactly("# T", "", "", "", "", "text", "");
    }

    @Test
    void onlyTheImportsWithinFiftyLinesOfTheirFromClauseAreBlanked() {
        // lines 1-60 open an import; line 61 ends one: lines 11 to 61 are within 50 lines of it
        String markdown = "import {\n".repeat(60) + "} from 'x';\nafter\n";

        List<String> lines = blank(markdown);

        assertThat(lines.subList(0, 10)).containsOnly("import {");
        assertThat(lines.subList(10, 61)).containsOnly("");
        assertThat(lines.get(61)).isEqualTo("after");
        assertThat(lines).hasSize(63);
    }

    @Test
    void importsThatABlankLineEndsStayAsWritten() {
        String markdown = "import {\n".repeat(3) + "\nimport {\n} from 'y'\n";

        assertThat(blank(markdown)).containsExactly("import {", "import {", "import {", "", "", "", "");
    }
}
