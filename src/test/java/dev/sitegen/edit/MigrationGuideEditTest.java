package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.MigrationGuide;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationGuideEditTest {

    private static final MigrationGuideEdit.Section SECTION = new MigrationGuideEdit.Section("3.0.0", "source",
            "Streams were renamed.", LocalDate.of(2027, 1, 31), List.of());

    private static String insert(String markdown) {
        MigrationGuide guide = MigrationGuideParser.parseMigrationGuide(new DocPage("g.md", "g", markdown));
        TextLines lines = TextLines.splitLines(markdown);
        MigrationGuideEdit.insertSection(lines, guide, SECTION);
        return lines.joinLines();
    }

    @Test
    void goesAboveTheFirstSectionAtItsLevel() {
        String guide = "import X from './x.md';\n\n# Foo Migration Guide\n\nIntro.\n### Upgrading to 2.0.0\n\nOld.\n";

        String out = insert(guide);

        assertThat(out).startsWith("import X from './x.md';\n\n# Foo Migration Guide\n\nIntro.\n\n### Upgrading to 3.0.0\n\n"
                + "#### What changed\n\nStreams were renamed.\n\n#### Who is affected\n\nEvery connection that uses this source.\n");
        assertThat(out).endsWith("3. Run a sync and check its results.\n\n### Upgrading to 2.0.0\n\nOld.\n");
    }

    @Test
    void goesAtTheEndOfAGuideWithoutSectionsAndKeepsAMissingFinalNewline() {
        String out = insert("# Foo Migration Guide\n\nNothing yet.");

        assertThat(out).startsWith("# Foo Migration Guide\n\nNothing yet.\n\n## Upgrading to 3.0.0\n\n### What changed\n")
                .endsWith("3. Run a sync and check its results.");
    }

    @Test
    void leavesAGuideThatHasTheSectionAlone() {
        String guide = "# Foo\n\n## Upgrading to 3.0.0\n\nDone.\n";

        assertThat(insert(guide)).isEqualTo(guide);
    }

    @Test
    void newGuidesHaveATitleAndTheSection() {
        String guide = MigrationGuideEdit.createGuide("Foo", SECTION, "\r\n");

        assertThat(guide).startsWith("# Foo Migration Guide\r\n\r\n## Upgrading to 3.0.0\r\n").endsWith("results.\r\n");
    }
}
