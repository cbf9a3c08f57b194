package dev.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reference section of a connector page, read as HTML (spec-reference fixture: a doc shared by Alpha,
 * whose manifest has options, nesting, arrays, secrets, defaults, enums, an odd name and a hostile
 * description, and Alpha Strict, whose spec.json repeats two of its field names).
 */
class ReferenceSectionTest {

    @TempDir
    static Path tmp;
    static Document page;
    static JsonNode report;
    static JsonNode api;

    @BeforeAll
    static void build() throws IOException {
        Path site = tmp.resolve("site");
        Path json = tmp.resolve("report.json");
        CliRun run = CliRun.runCli("build", TestPaths.fixtureSite("spec-reference").toString(), "--out", site.toString(),
                "--as-of", "2026-01-15", "--fail-on", "never", "--format", "json", "--report", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        page = Jsoup.parse(site.resolve("integrations/sources/alpha/index.html").toFile(), "UTF-8");
        report = new ObjectMapper().readTree(json.toFile());
        api = new ObjectMapper().readTree(site.resolve("api/connectors/source-alpha.json").toFile());
    }

    private static Element field(String id) {
        Element dt = page.getElementById(id);
        assertThat(dt).as(id).isNotNull();
        return dt.parent();
    }

    @Test
    void topLevelFieldsFollowTheSpecOrderWithPathAnchors() {
        Element section = page.getElementById("reference").parent();
        assertThat(section.tagName()).isEqualTo("section");
        assertThat(section.attr("data-connector")).isEqualTo("source-alpha");
        assertThat(section.select("> dl.spec-fields > div > dt").eachAttr("id")).containsExactly("reference.api_key",
                "reference.region", "reference.credentials", "reference.a~20b~2Fc", "reference.streams",
                "reference.advanced");
        assertThat(section.selectFirst("p.reference-source code").text()).isEqualTo("connectors/source-alpha/manifest.yaml");
    }

    @Test
    void badgesTypesDefaultsAndAllowedValues() {
        Element key = field("reference.api_key");
        assertThat(key.select("dt .badge").eachText()).containsExactly("required", "secret");
        assertThat(key.selectFirst(".spec-meta").text()).isEqualTo("API key · string");
        Element region = field("reference.region");
        assertThat(region.select("dt .badge")).isEmpty();
        assertThat(region.selectFirst(".spec-meta").text()).isEqualTo("Region · string · default eu");
        assertThat(region.select(".spec-allowed code").eachText()).containsExactly("eu", "us");
        assertThat(region.selectFirst(".spec-description a").attr("href")).isEqualTo("https://example.com/regions");
        assertThat(field("reference.credentials(oauth).auth_type").select(".spec-allowed code").eachText())
                .containsExactly("oauth");
        assertThat(field("reference.credentials(oauth).client_secret").select("dt .badge").eachText())
                .containsExactly("secret");
    }

    @Test
    void hostileDescriptionIsSanitized() {
        Element description = field("reference.api_key").selectFirst(".spec-description");
        assertThat(description.select("b").text()).isEqualTo("API key");
        assertThat(page.select("script:not([src])")).allSatisfy(s -> assertThat(s.data()).doesNotContain("alert"));
        assertThat(description.select("script")).isEmpty();
        assertThat(description.select("img").attr("onerror")).isEmpty();
        assertThat(page.select("[onerror]")).isEmpty();
    }

    @Test
    void optionsAreGroupsHeadedByTheirValueAndTitleWithTheirFieldsInside() {
        Element credentials = field("reference.credentials");
        List<Element> options = credentials.select("dd > ul.spec-options > li.spec-option");
        assertThat(options).extracting(e -> e.id()).containsExactly("reference.credentials(oauth)",
                "reference.credentials(token)");
        assertThat(options).extracting(e -> e.selectFirst(".spec-option-head").text())
                .containsExactly("auth_type = oauth · OAuth 2.0", "auth_type = token · Token");
        assertThat(options.get(1).select("dt").eachAttr("id")).containsExactly("reference.credentials(token).auth_type",
                "reference.credentials(token).token");
    }

    @Test
    void nestedPropertiesAndArrayItemsNestUnderTheirField() {
        assertThat(field("reference.advanced").select("dd dt").eachAttr("id")).containsExactly("reference.advanced.timeout");
        assertThat(field("reference.advanced.timeout").selectFirst(".spec-meta").text()).isEqualTo("integer · default 30");
        Element streams = field("reference.streams");
        assertThat(streams.select("dd dt").eachAttr("id")).containsExactly("reference.streams.0",
                "reference.streams.0.name", "reference.streams.0.format",
                "reference.streams.0.format(unstructured).filetype",
                "reference.streams.0.format(unstructured).skip_unprocessable");
        assertThat(streams.select("li.spec-option").eachAttr("id")).containsExactly("reference.streams.0.format(unstructured)");
    }

    @Test
    void anArrayItemIsLabelledAsTheArraysItemAtItsIndexPath() {
        Element streams = field("reference.streams");
        assertThat(streams.selectFirst("dt code").text()).isEqualTo("streams");
        assertThat(streams.selectFirst("dd > p.spec-items").text()).isEqualTo("Each item of streams:");
        Element item = field("reference.streams.0");
        assertThat(item.selectFirst("dt code").text()).isEqualTo("streams[]");
        assertThat(item.selectFirst("dt a.spec-anchor").attr("href")).isEqualTo("#reference.streams.0");
        assertThat(item.selectFirst(".spec-meta").text()).isEqualTo("object");
        assertThat(item.select("dd dt code").eachText()).containsExactly("name", "format", "filetype",
                "skip_unprocessable");
        // no field of the section is labelled like the field it nests under
        for (Element dt : page.getElementById("reference").parent().select("dl dl dt")) {
            Element parentDt = dt.parent().parent().parent().previousElementSibling();
            if (parentDt != null && parentDt.tagName().equals("dt")) {
                assertThat(dt.selectFirst("code").text()).as(dt.id()).isNotEqualTo(parentDt.selectFirst("code").text());
            }
        }
    }

    @Test
    void thePagesFieldAnchorsAreTheApiDocumentsPathsInOrder() {
        List<String> paths = new ArrayList<>();
        api.path("spec").path("fields").forEach(f -> paths.add(f.path("path").asText()));
        assertThat(paths).contains("streams", "streams.0", "streams.0.name", "streams.0.format",
                "streams.0.format[unstructured].filetype");
        assertThat(paths).noneMatch(p -> p.contains("[]"));
        List<String> ids = page.getElementById("reference").parent().select("dt").eachAttr("id");
        assertThat(ids).containsExactlyElementsOf(paths.stream().map(p -> "reference." + ReferenceAnchors.encodePath(p))
                .toList());
    }

    @Test
    void streamsAreListedWithAnchorsAndTheDynamicNote() {
        Element list = page.getElementById("reference-streams").nextElementSibling();
        assertThat(list.select("li[id]").eachAttr("id")).containsExactly("reference-streams.users",
                "reference-streams.order~20items");
        assertThat(list.select("li").eachText()).containsExactly("users", "order items", "unknown (dynamic streams)");
        Element strict = page.getElementById("reference-source-alpha-strict-streams");
        assertThat(strict.nextElementSibling().text()).contains("declares no streams");
    }

    @Test
    void aSharedDocScopesTheSecondConnectorsIdsAndListsBothInTheToc() {
        Element strict = page.getElementById("reference-source-alpha-strict");
        assertThat(strict.text()).isEqualTo("Reference: Alpha Strict");
        assertThat(strict.parent().attr("data-connector")).isEqualTo("source-alpha-strict");
        assertThat(strict.parent().select("dt").eachAttr("id")).containsExactly("reference-source-alpha-strict.api_key",
                "reference-source-alpha-strict.region");
        assertThat(page.select("nav.toc a").eachText()).contains("Reference: Alpha", "Reference: Alpha Strict");
        assertThat(page.select("nav.toc a").eachAttr("href")).contains("#reference", "#reference-source-alpha-strict");
    }

    @Test
    void everyIdIsUniqueAndEveryReferenceLinkResolves() {
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        List<String> hrefs = new ArrayList<>(page.select(".reference a.spec-anchor").eachAttr("href"));
        hrefs.addAll(page.select(".doc a[href^=#reference]").eachAttr("href"));
        assertThat(hrefs).hasSizeGreaterThan(20).contains("#reference", "#reference.credentials(oauth).client_secret");
        for (String href : hrefs) {
            assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void linkVerificationKnowsTheReferenceIds() {
        Set<String> messages = new HashSet<>();
        report.path("diagnostics").forEach(d -> {
            if (d.path("rule").asText().equals("broken-link")) {
                messages.add(d.path("message").asText());
            }
        });
        assertThat(messages).noneMatch(m -> m.contains("#reference"));
    }

    @Test
    void aBrokenLinkInADescriptionIsBlamedOnTheSpecFileAtItsField() {
        List<JsonNode> broken = new ArrayList<>();
        report.path("diagnostics").forEach(d -> {
            if (d.path("rule").asText().equals("broken-link") && d.path("message").asText().contains("#no-such-anchor")) {
                broken.add(d);
            }
        });
        assertThat(broken).hasSize(1);
        assertThat(broken.get(0).path("file").asText()).isEqualTo("connectors/source-alpha/manifest.yaml");
        assertThat(broken.get(0).path("line").asInt()).isBetween(88, 91);
    }
}
