package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact behaviour of the line scan under the changelog and migration-guide parsers: edges of every rule. */
class ChangelogLinesMutationTest {

    private static List<String> lines(String text) {
        ChangelogLines l = ChangelogLines.splitLines(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.line(i));
        }
        return out;
    }

    private static List<Boolean> hidden(String text) {
        ChangelogLines l = ChangelogLines.splitLines(text);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.isHidden(i));
        }
        return out;
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() {
        assertThat(lines("")).isEmpty();
        assertThat(lines("a")).containsExactly("a");
        assertThat(lines("a\n")).containsExactly("a");
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("a\r\n\r\nb\r\n")).containsExactly("a", "", "b");
        assertThat(lines("\n\n")).containsExactly("", "");
        assertThat(lines("x\r")).containsExactly("x");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "# Title|1|Title", "   # Indented three|1|Indented three", "###### Six|6|Six", "#|1|\"\"",
        "#\tTab|1|Tab", "## Closing ##|2|Closing", "## Closing ##   |2|Closing", "## Hash#|2|Hash#",
        "# ###|1|\"\"", "## a # b|2|a # b", "# x \\#|1|x \\#"})
    void readsAtxHeadings(String line, int level, String text) {
        Optional<ChangelogLines.Heading> h = ChangelogLines.parseHeading(line);
        assertThat(h).hasValueSatisfying(v -> {
            assertThat(v.level()).isEqualTo(level);
            assertThat(v.text()).isEqualTo(text);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'    # four spaces'", "####### seven", "#nospace", "text", "##x ##"})
    void rejectsWhatIsNoHeading(String line) {
        assertThat(ChangelogLines.parseHeading(line)).isEmpty();
    }

    @Test
    void countsOnlyLeadingSpaces() {
        assertThat(ChangelogLines.countLeadingSpaces("")).isZero();
        assertThat(ChangelogLines.countLeadingSpaces("  x ")).isEqualTo(2);
        assertThat(ChangelogLines.countLeadingSpaces("   ")).isEqualTo(3);
        assertThat(ChangelogLines.countLeadingSpaces("\tx")).isZero();
    }

    @Test
    void frontMatterIsHiddenThroughItsClosingLine() {
        assertThat(hidden("---\ntitle: x\n---\n# H\n")).containsExactly(true, true, true, false);
        assertThat(hidden(" --- \na: b\n...\nx\n")).containsExactly(true, true, true, false);
        assertThat(hidden("---\n---\n# H")).containsExactly(true, true, false);
        assertThat(hidden("---\nno end\n# H\n")).containsExactly(false, false, false);
        assertThat(hidden("# H\n---\nx\n---\n")).containsExactly(false, false, false, false);
        ChangelogLines l = ChangelogLines.splitLines("---\n# Hidden\n---\n# Shown\n");
        assertThat(l.findHeading(1)).isEmpty();
        assertThat(l.findHeading(3)).map(ChangelogLines.Heading::text).contains("Shown");
    }

    @Test
    void fencedCodeIsHiddenUntilALongEnoughClosingFence() {
        assertThat(hidden("```\n# a\n```\n# b")).containsExactly(true, true, true, false);
        assertThat(hidden("````\n```\n# a\n````\nx")).containsExactly(true, true, true, true, false);
        assertThat(hidden("~~~\n```\n~~~\nx")).containsExactly(true, true, true, false);
        assertThat(hidden("```js\nx\n``` trailing\ny\n```\nz")).containsExactly(true, true, true, true, true, false);
        assertThat(hidden("   ```\nx\n   ```\ny")).containsExactly(true, true, true, false);
        assertThat(hidden("    ```\nx")).containsExactly(false, false);
        assertThat(hidden("```\nx\n    ```\ny")).containsExactly(true, true, true, true);
        assertThat(hidden("``\nx")).containsExactly(false, false);
        assertThat(hidden("``` a`b\nx")).containsExactly(false, false);
        assertThat(hidden("~~~ a~b\nx\n~~~\ny")).containsExactly(true, true, true, false);
        assertThat(hidden("```\n")).containsExactly(true);
        assertThat(hidden("```\n\n```")).containsExactly(true, true, true);
        assertThat(hidden("---\na\n---\n```\nx\n```\ny")).containsExactly(true, true, true, true, true, true, false);
    }
}
