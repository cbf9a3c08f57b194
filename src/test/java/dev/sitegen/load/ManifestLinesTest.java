package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The line cut a manifest gets before its spec is parsed: what stays, what goes, and lines kept in place. */
class ManifestLinesTest {

    private static final Set<String> KEPT = Set.of("spec", "streams", "definitions");
    private static final Set<String> SKIPPED = Set.of("retriever", "schema_loader");

    @Test
    void unneededSectionsAndSubtreesAreBlankedLineForLine() {
        String text = """
                version: 6.1.0
                schemas:
                  users:
                    type: object
                streams:
                - retriever:
                    type: SimpleRetriever
                  name: users
                # a comment
                  schema_loader:
                  - one
                  - two
                  primary_key: id
                spec:
                  connection_specification:
                    properties:
                      retriever:
                        type: string
                """;
        String cut = ManifestLines.blankUnneeded(text, KEPT, SKIPPED).orElseThrow();
        assertThat(cut.lines().toList()).containsExactly("", "", "", "", "streams:", "-", "", "  name: users",
                "# a comment", "", "", "", "  primary_key: id", "spec:", "  connection_specification:", "    properties:",
                "      retriever:", "        type: string");
    }

    @Test
    void aTopLevelThatIsNoBlockMappingIsReadWhole() {
        assertThat(ManifestLines.blankUnneeded("{spec: {}}\n", KEPT, SKIPPED)).isEmpty();
        assertThat(ManifestLines.blankUnneeded("- a\n- b\n", KEPT, SKIPPED)).isEmpty();
        assertThat(ManifestLines.blankUnneeded("\"quoted\": 1\nspec: {}\n", KEPT, SKIPPED)).isEmpty();
    }

    @Test
    void theCompactOutlineLeavesCutLinesOutAndSaysWhereEachKeptLineCameFrom() {
        String text = """
                version: 6.1.0
                schemas:
                  users:
                    type: object
                streams:
                - retriever:
                    type: SimpleRetriever
                  name: users

                spec:
                  type: Spec
                """;
        ManifestLines.Outline outline = ManifestLines.cutUnneeded(text.getBytes(StandardCharsets.UTF_8), KEPT, SKIPPED)
                .orElseThrow();
        assertThat(new String(outline.text(), StandardCharsets.UTF_8).lines().toList())
                .containsExactly("streams:", "-", "  name: users", "", "spec:", "  type: Spec");
        assertThat(outline.lines()).containsExactly(5, 6, 8, 9, 10, 11);
        assertThat(outline.originalLine(3)).isEqualTo(8);
    }

    @Test
    void aStreamDefinitionNamedLikeASkippedPartIsKept() {
        String text = """
                definitions:
                  streams:
                    schema_loader:
                      name: schema_loader
                      retriever:
                        type: SimpleRetriever
                  schema_loader:
                    type: InlineSchemaLoader
                """;
        String cut = ManifestLines.blankUnneeded(text, KEPT, SKIPPED).orElseThrow();
        assertThat(cut.lines().toList()).containsExactly("definitions:", "  streams:", "    schema_loader:",
                "      name: schema_loader", "", "", "", "");
    }
}
