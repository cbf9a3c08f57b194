package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changelog subjects keep their inline markdown: the {@code changelog-subject-links} fixture's rows
 * link to an anchor of their own page, to another doc (by its {@code .md} file), to a missing anchor
 * and a missing page, and carry hostile HTML. Built end to end, the table shows the links rewritten
 * as the doc's are and sanitized, and {@code build} reports the broken ones at the row's line and
 * the link's column in the subject cell.
 */
class ChangelogSubjectLinksTest {

    private static final String NOTES = "docs/integrations/sources/notes.md";

    @TempDir
    static Path tmp;
    private static CliRun build;
    private static Path out;

    @BeforeAll
    static void buildFixture() {
        out = tmp.resolve("site");
        build = CliRun.runCli("build", TestPaths.fixtureSite("changelog-subject-links").toString(), "--out",
                out.toString(), "--as-of", "2024-05-01", "--fail-on", "never", "--format", "json");
    }

    private static Document page(String name) throws Exception {
        return Jsoup.parse(Files.readString(out.resolve("integrations/sources/" + name + "/index.html")));
    }

    private static Element subjectOf(Document page, String version) {
        return page.selectFirst("tr[id=\"v" + version + "\"] td.cl-subject");
    }

    @Test
    void subjectsRenderLinksCodeAndEmphasisRewrittenLikeTheDoc() throws Exception {
        assertThat(build.exitCode()).as(build.err()).isZero();
        Element subject = subjectOf(page("notes"), "1.2.0");
        assertThat(subject.select("a")).extracting(a -> a.attr("href"))
                .containsExactly("#setup", "../../../integrations/sources/other/#changelog");
        assertThat(subject.select("code").text()).isEqualTo("spec.json");
        assertThat(subject.select("strong").text()).isEqualTo("bold");
        assertThat(subject.text()).isEqualTo("See setup, Other and spec.json, bold");
        assertThat(subjectOf(page("other"), "0.1.0").select("a").attr("href"))
                .isEqualTo("../../../integrations/sources/notes/#setup");
    }

    @Test
    void subjectsAreSanitizedLikeDocs() throws Exception {
        Element subject = subjectOf(page("notes"), "1.0.0");
        assertThat(subject.select("script")).isEmpty();
        assertThat(subject.select("[onerror]")).isEmpty();
        assertThat(subject.select("a[href^=javascript]")).isEmpty();
        assertThat(subject.select("img").attr("src")).isEqualTo("x.png");
        assertThat(subject.text()).isEqualTo("Drop , js and");
    }

    @Test
    void brokenLinksInSubjectsAreReportedAtTheirRowAndColumn() throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(build.out()).get("diagnostics")) {
            found.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                    + d.get("severity").asText() + "[" + d.get("rule").asText() + "] " + d.get("connector").asText()
                    + " " + d.get("message").asText());
        }
        // row 12 '| 1.1.0 | ... | Fix the [broken anchor](#no-such-section) and [a page](./missing-page.md) |':
        // the subject cell starts at column 79, each link where its '[' is
        assertThat(found).containsExactly(
                NOTES + ":12:87 error[broken-link] source-notes link '#no-such-section': this page has no anchor "
                        + "'#no-such-section'",
                NOTES + ":12:125 error[broken-link] source-notes link './missing-page.md' leads to "
                        + "integrations/sources/missing-page/, which is not in the site",
                NOTES + ":13:141 error[broken-link] source-notes image 'x.png' leads to "
                        + "integrations/sources/notes/x.png, which is not in the site");
    }

    @Test
    void theApiKeepsTheSubjectAsWrittenInPlainText() throws Exception {
        // the API serves data, not markup: the subject is the cell's text as written, markdown and all
        JsonNode api = new ObjectMapper().readTree(out.resolve("api/connectors/source-notes.json").toFile());
        assertThat(api.get("changelog").get(1).get("subject").asText())
                .isEqualTo("Fix the [broken anchor](#no-such-section) and [a page](./missing-page.md)");
    }
}
