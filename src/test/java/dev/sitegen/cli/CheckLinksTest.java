package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reports the {@code broken-link} findings {@code build} reports on the checked
 * connectors' docs and migration guides, at the same place with the same words, and writes nothing.
 */
class CheckLinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHA = "docs/integrations/sources/alpha.md";

    @Test
    void checkOnlyReportsEveryLinkFindingOfTheConnectorsDocAtItsLine() throws Exception {
        Path root = TestPaths.fixtureSite("links-broken");

        CliRun check = CliRun.runCli("check", root.toString(), "--only", "source-alpha", "--format", "json");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(describeLinks(check.out(), f -> true)).containsExactly(
                ALPHA + ":0:0 error link '#snippet-anchor-that-is-missing': this page has no anchor "
                        + "'#snippet-anchor-that-is-missing'",
                ALPHA + ":9:10 error link '/integrations/sources/beta#Streams': integrations/sources/beta/ has "
                        + "no anchor '#Streams' (it has '#streams', which differs in case; ids are case-sensitive)",
                ALPHA + ":9:64 error link './beta.md#no-such-section': integrations/sources/beta/ has no anchor "
                        + "'#no-such-section'",
                ALPHA + ":13:1 error image './alpha/key.png' leads to integrations/sources/alpha/key.png, which "
                        + "is not in the site",
                ALPHA + ":14:1 error image './alpha/also-missing.png' leads to "
                        + "integrations/sources/alpha/alpha/also-missing.png, which is not in the site",
                ALPHA + ":16:62 info link 'https://docs.example.org/platform/api' is outside docs/integrations, "
                        + "which this site does not generate: it cannot be verified (unverifiable)",
                ALPHA + ":17:3 error link './gamma.md' leads to integrations/sources/gamma/, which is not in the site",
                ALPHA + ":17:34 warning link 'https://exa_mple..org/' is not a valid URL: host 'exa_mple..org' "
                        + "has an empty label");
    }

    @Test
    void checkAndBuildReportTheSameLinkFindingsOnConnectorDocs(@TempDir Path tmp) throws Exception {
        Path root = TestPaths.fixtureSite("links-broken");
        Set<String> docs = Set.of(ALPHA, "docs/integrations/sources/beta.md",
                "docs/integrations/sources/beta-migrations.md");

        CliRun check = CliRun.runCli("check", root.toString(), "--format", "json");
        CliRun build = CliRun.runCli("build", root.toString(), "--out", tmp.resolve("out").toString(),
                "--fail-on", "never", "--format", "json");

        List<String> built = describeLinks(build.out(), docs::contains);
        assertThat(built).isNotEmpty();
        assertThat(describeLinks(check.out(), f -> true)).containsExactlyInAnyOrderElementsOf(built);
    }

    @Test
    void everyKindOfLinkIsJudgedAsBuildJudgesIt(@TempDir Path tmp) throws Exception {
        Path root = TestPaths.fixtureSite("links-kinds");
        String gamma = "docs/integrations/sources/gamma.md";

        CliRun check = CliRun.runCli("check", root.toString(), "--only", "source-gamma", "--format", "json");
        CliRun build = CliRun.runCli("build", root.toString(), "--out", tmp.resolve("out").toString(),
                "--fail-on", "never", "--format", "json");

        List<String> checked = describeLinks(check.out(), f -> true);
        // lines 9-13 link well to every kind of anchor and page; 17-20 are each one's broken twin
        String g = gamma + ":";
        assertThat(checked).containsExactly(
                g + "17:1 error link '#bad-link': this page has no anchor '#bad-link'",
                g + "17:19 error link '#setup': this page has no anchor '#setup'",
                g + "17:36 error link '#raw-idx': this page has no anchor '#raw-idx'",
                g + "18:1 error link 'beta.md#nope': integrations/sources/beta/ has no anchor '#nope'",
                g + "18:26 error link '/integrations/sources/beta#nope': integrations/sources/beta/ has no anchor '#nope'",
                g + "18:73 error link 'delta.md' leads to integrations/sources/delta/, which is not in the site",
                g + "18:97 error link '/integrations/sources/delta' leads to integrations/sources/delta/, which is "
                        + "not in the site",
                g + "19:1 error link 'beta-migrations.md#upgrading-to-3.0.0': integrations/sources/beta-migrations/ "
                        + "has no anchor '#upgrading-to-3.0.0'",
                g + "19:48 error link 'gamma/notes.md#named-spot-2': integrations/sources/gamma/notes/ has no anchor "
                        + "'#named-spot-2'",
                g + "19:85 error link 'https://docs.example.org/integrations/sources/beta#nope': "
                        + "integrations/sources/beta/ has no anchor '#nope'",
                g + "20:1 error image './gamma/shot.png' leads to integrations/sources/gamma/shot.png, which is not "
                        + "in the site",
                g + "20:28 error link '../../../../outside.md' climbs above the docs root with '../', so the site "
                        + "cannot place it; it leads nowhere",
                g + "20:60 error link '/breaking-changes/#nope': breaking-changes/ has no anchor '#nope'");
        assertThat(JSON.readTree(check.out()).get("diagnostics")).filteredOn(d -> d.get("rule").asText()
                .equals("broken-link")).allSatisfy(d -> assertThat(d.get("connector").asText()).isEqualTo("source-gamma"));
        assertThat(checked).containsExactlyInAnyOrderElementsOf(describeLinks(build.out(), gamma::equals));
    }

    @Test
    void oddAnchorsMalformedUrlsAndAnEnormousTargetDocGetTheSameTreatmentAsInBuild(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("site");
        SiteTrees.copyTree(TestPaths.fixtureSite("links-kinds"), root);
        String gamma = "docs/integrations/sources/gamma.md";
        Files.writeString(root.resolve(gamma), "\n[odd](#%ZZ<b>) [enc](beta.md#%E2%9C%93%20x) [amp](#a&amp;b)"
                + " [bad](http://[::1/x) [space](<beta.md#two words>) [nul](#\u0000)\n", StandardOpenOption.APPEND);
        // past the line limit the target doc is shown as plain text: its anchor is gone in both commands
        Path notes = root.resolve("docs/integrations/sources/gamma/notes.md");
        Files.writeString(notes, "x\n".repeat(60_000), StandardOpenOption.APPEND);

        List<Path> before = listTree(tmp);
        CliRun check = CliRun.runCli("check", root.toString(), "--only", "source-gamma", "--format", "json");
        assertThat(listTree(tmp)).as("check writes nothing").isEqualTo(before);
        CliRun build = CliRun.runCli("build", root.toString(), "--out", tmp.resolve("out").toString(),
                "--fail-on", "never", "--format", "json");

        List<String> checked = describeLinks(check.out(), f -> true);
        assertThat(checked).anySatisfy(f -> assertThat(f).contains("'#named-spot'"))
                .anySatisfy(f -> assertThat(f).contains("#%ZZ"))
                .anySatisfy(f -> assertThat(f).contains("http://[::1/x"));
        assertThat(checked).containsExactlyInAnyOrderElementsOf(describeLinks(build.out(), gamma::equals));
    }

    @Test
    void linksInSpecDescriptionsAreReportedAtTheSpecFileAsBuildReportsThem(@TempDir Path tmp) throws Exception {
        Path root = TestPaths.fixtureSite("spec-links");
        String spec = "connectors/source-gamma/source_gamma/spec.json";

        CliRun check = CliRun.runCli("check", root.toString(), "--only", "source-gamma", "--format", "json");
        CliRun build = CliRun.runCli("build", root.toString(), "--out", tmp.resolve("out").toString(),
                "--fail-on", "never", "--format", "json");

        // the region field's description (line 11) links a page that does not exist; the other links are good
        List<String> checked = describeLinks(check.out(), f -> true);
        assertThat(checked).containsExactly(spec + ":11:61 error link 'missing.md' leads to "
                + "integrations/sources/gamma/missing/, which is not in the site");
        assertThat(checked).containsExactlyElementsOf(describeLinks(build.out(), spec::equals));
        assertThat(JSON.readTree(check.out()).get("diagnostics")).filteredOn(d -> d.get("file").asText().equals(spec))
                .allSatisfy(d -> assertThat(d.get("connector").asText()).isEqualTo("source-gamma"));
        assertThat(JSON.readTree(build.out()).get("diagnostics")).filteredOn(d -> d.get("file").asText().equals(spec))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("connector").asText()).isEqualTo("source-gamma"));
        // another connector's check does not report gamma's spec
        CliRun delta = CliRun.runCli("check", root.toString(), "--only", "source-delta", "--format", "json");
        assertThat(describeLinks(delta.out(), spec::equals)).isEmpty();
    }

    private static List<Path> listTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    /** {@code file:line:col severity message} of each broken-link finding in a JSON report. */
    static List<String> describeLinks(String json, Predicate<String> files) throws Exception {
        JsonNode report = JSON.readTree(json);
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (JsonNode d : report.get("diagnostics")) {
            if (d.get("rule").asText().equals("broken-link") && files.test(d.get("file").asText())) {
                all.add(d.get("file").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " "
                        + d.get("severity").asText() + " " + d.get("message").asText());
            }
        }
        out.addAll(all);
        assertThat(out).as("no finding twice").hasSameSizeAs(all);
        return all;
    }
}
