package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MdxComponentsTest {

    @Test
    void reportsUnmappedStandaloneComponentsWithLines() {
        String md = "import MigrationGuide from '@site/g';\nimport {SchemaGenerator as Gen} from './e2e.js'\n\n"
                + "<MigrationGuide />\n\n<SchemaGenerator />\n```\n<InCode />\n```\n<!-- hidden\n<InComment />\n-->\n"
                + "  <EntityRelationshipDiagram></EntityRelationshipDiagram>\n<HideInUI>\ntext <Inline /> text\n";
        assertThat(MdxComponents.findUnmappedComponents(md, Set.of("MigrationGuide"))).containsExactly(
                new MdxComponentUse("SchemaGenerator", 6, true),
                new MdxComponentUse("EntityRelationshipDiagram", 13, false));
    }

    @Test
    void mapsEachDefaultImportToItsSourceOutsideCode() {
        String md = "import Note from '@site/static/_note.md';\nimport Other from \"./other.md\"\n"
                + "import {A, B} from '@site/x';\n```\nimport Fenced from '@site/fenced.md';\n```\n"
                + "import Note from '@site/second.md';\n";

        assertThat(MdxComponents.findImportSources(md)).containsExactly(
                java.util.Map.entry("Note", "@site/static/_note.md"), java.util.Map.entry("Other", "./other.md"));
    }

    @Test
    void findsNothingInPlainMarkdown() {
        assertThat(MdxComponents.findUnmappedComponents("# T\n\n<details>\n<summary>x</summary>\n</details>\n", Set.of())).isEmpty();
    }
}
