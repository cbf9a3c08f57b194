package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.load.MetadataReader;
import dev.sitegen.markdown.ChangelogParser;
import dev.sitegen.markdown.FieldAnchors;
import dev.sitegen.markdown.MarkdownLimits;
import dev.sitegen.markdown.MarkdownRenderer;
import dev.sitegen.markdown.MigrationGuideParser;
import dev.sitegen.markdown.RenderRequest;
import dev.sitegen.markdown.RenderedDoc;
import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.FieldRef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The properties every input must keep, one method per parser that reads pull-request text. Shared
 * by the Jazzer fuzz tests, their seed replays and the short random run of {@code mvn verify}: a
 * parser may reject any input, with diagnostics, but never throw, never hang, and never disagree with
 * itself.
 */
final class FuzzTargets {

    static final String METADATA_FILE = "connectors/source-fuzz/metadata.yaml";
    static final String DOC_FILE = "docs/integrations/sources/fuzz.md";
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private FuzzTargets() {
    }

    static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /** metadata.yaml: a result or metadata-invalid diagnostics at positions inside the file. */
    static void checkMetadata(byte[] input) {
        String text = text(input);
        MetadataReader.Result result = MetadataReader.readMetadata("source-fuzz", METADATA_FILE, text);
        long lines = text.lines().count() + 2;
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.rule()).isEqualTo("metadata-invalid");
            assertThat(d.pos().file()).isEqualTo(METADATA_FILE);
            assertThat(d.pos().line()).isBetween(0, (int) Math.min(Integer.MAX_VALUE, lines));
            assertThat(d.message()).isNotBlank();
        }
        if (result.metadata().isEmpty()) {
            assertThat(result.diagnostics()).isNotEmpty();
        }
    }

    /** Changelog rows (and migration guide headings): every row an entry, every entry on a line of the doc. */
    static void checkChangelog(byte[] input) {
        String rows = text(input);
        String doc = "# Fuzz\n\n## Changelog\n\n| Version | Date | Pull Request | Subject |\n|---|---|---|---|\n" + rows;
        DocPage page = new DocPage(DOC_FILE, "integrations/sources/fuzz", doc);
        long lines = doc.lines().count() + 1;
        for (Changelog c : ChangelogParser.parseChangelogs(page)) {
            assertThat(c.firstLine()).isLessThanOrEqualTo(c.lastLine());
            for (ChangelogEntry e : c.entries()) {
                assertThat(e.pos().line()).isBetween(1, (int) lines);
                assertThat(e.version()).isNotNull();
            }
        }
        MigrationGuideParser.parseMigrationGuide(new DocPage(DOC_FILE, "integrations/sources/fuzz-migrations", rows));
    }

    /**
     * The markdown pipeline: renders without the parser failing, and the loader's verdict
     * ({@link MarkdownLimits#findProblem}) is exactly whether the page falls back to plain text.
     */
    static void checkMarkdown(byte[] input) {
        String markdown = text(input);
        Optional<MarkdownLimits.Problem> problem = MarkdownLimits.findProblem(markdown);
        RenderedDoc doc = RENDERER.renderMarkdown(RenderRequest.forDoc(
                new DocPage(DOC_FILE, "integrations/sources/fuzz", markdown), "../../../"));
        assertThat(doc.plainTextReason().filter(r -> r.contains("parser failed"))).as("the parser failed").isEmpty();
        assertThat(doc.plainTextReason().isPresent())
                .as("plain-text fallback iff the loader reports %s", problem).isEqualTo(problem.isPresent());
        checkFieldRefs(markdown);
    }

    /** FieldAnchor items: each one's text is where its position says, and only a malformed one has no path. */
    private static void checkFieldRefs(String markdown) {
        List<String> lines = markdown.lines().toList();
        for (FieldRef ref : FieldAnchors.findFieldRefs(DOC_FILE, markdown)) {
            String line = lines.get(ref.pos().line() - 1);
            assertThat(ref.pos().column()).isBetween(1, line.length() + 1);
            assertThat(line.startsWith(ref.raw(), ref.pos().column() - 1)).as("%s at %s", ref.raw(), ref.pos()).isTrue();
            assertThat(ref.segments().isEmpty()).as(ref.raw()).isEqualTo(ref.isMalformed());
        }
    }
}
