package dev.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which snippet a component becomes: site.yaml's by name first, else the one its {@code @site/} import names. */
class SnippetExpansionTest {

    @Test
    void anImportSourceNamesTheSnippetWhenNoNameIsMapped() {
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(Set.of(),
                Map.of("@site/static/_note.md", "From the import.\n", "Mapped", "From site.yaml.\n",
                        "@site/static/_mapped.md", "Not this one.\n")));

        String html = renderer.renderMarkdown("import Note from '@site/static/_note.md';\n"
                + "import Mapped from '@site/static/_mapped.md';\nimport Other from '@site/static/_other.md';\n\n"
                + "<Note />\n\n<Mapped />\n\n<Other />\n").html();

        assertThat(html).contains("From the import.").contains("From site.yaml.").doesNotContain("Not this one.")
                .doesNotContain("Other");
    }

    @Test
    void aDocExpandsAtMostAsMuchSnippetTextAsADocMayHold() {
        String big = ("Filler line of the snippet, used to make it large.\n\n").repeat(2_000) + "END-OF-SNIPPET\n";
        MarkdownRenderer renderer = new MarkdownRenderer(new MarkdownOptions(Set.of(), Map.of("Big", big)));
        StringBuilder doc = new StringBuilder("import Big from './big.md';\n\n");
        int uses = 2 * MarkdownLimits.MAX_CHARS / big.length();
        doc.append("<Big />\n\n".repeat(uses));

        String html = renderer.renderMarkdown(doc.toString()).html();

        int expanded = html.split("END-OF-SNIPPET", -1).length - 1;
        assertThat(expanded).isEqualTo(MarkdownLimits.MAX_CHARS / big.length()).isLessThan(uses);
    }
}
