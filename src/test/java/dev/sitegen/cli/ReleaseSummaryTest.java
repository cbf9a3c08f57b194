package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release summary end to end: a published build of the {@code pull-request-spec} fixture, then a pull
 * request (a declared major that removes a field and the pits stream and adds an optional field) built
 * with {@code --changed-since}; its manifest records the release and {@code diff} prints it.
 */
class ReleaseSummaryTest {

    private static final String FOLDER = "airbyte-integrations/connectors/source-plum/";
    private static final String MANIFEST = FOLDER + "manifest.yaml";

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
    }

    @Test
    void theManifestRecordsTheReleaseAndDiffPrintsIt(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("repo");
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("pull-request-spec"), root);
        PullRequestRulesTest.commitAll(root);
        build(root, tmp.resolve("published"));
        CliRun bump = CliRun.runCli("bump", "source-plum", "major", root.toString(), "--pr", "330", "--message",
                "Remove pits and the page size", "--date", "2026-11-01", "--breaking", "--deadline", "2026-12-01",
                "--streams", "pits");
        assertThat(bump.exitCode()).as(bump.err()).isZero();
        String manifest = Files.readString(root.resolve(MANIFEST));
        Files.writeString(root.resolve(MANIFEST), manifest.replace("  - $ref: \"#/definitions/streams/pits\"\n", "")
                .replace("      page_size:\n        type: integer\n        minimum: 1\n        maximum: 1000\n",
                        "      limit:\n        type: integer\n        default: 100\n"));

        CliRun preview = build(root, tmp.resolve("preview"), "--changed-since", "HEAD");
        CliRun diff = CliRun.runCli("diff", tmp.resolve("published").toString(), tmp.resolve("preview").toString());

        JsonNode releases = new ObjectMapper().readTree(tmp.resolve("preview/.site-gen/manifest.json").toFile())
                .get("releases");
        assertThat(preview.exitCode()).as(preview.out()).isZero();
        assertThat(releases).hasSize(1);
        JsonNode plum = releases.get(0);
        assertThat(plum.get("connector").asText()).isEqualTo("source-plum");
        assertThat(plum.get("from").asText() + " " + plum.get("to").asText() + " " + plum.get("kind").asText())
                .isEqualTo("1.1.0 2.0.0 major");
        assertThat(plum.get("breakingChanges").get(0).get("deadline").asText()).isEqualTo("2026-12-01");
        assertThat(plum.get("spec").get("changes").toString()).isEqualTo("[{\"path\":\"limit\",\"kind\":\"field-added\","
                + "\"incompatible\":false,\"detail\":\"optional\"},{\"path\":\"page_size\",\"kind\":\"field-removed\","
                + "\"incompatible\":false,\"detail\":\"\"}]");
        assertThat(plum.get("streams").toString()).isEqualTo("{\"added\":[],\"removed\":[\"pits\"]}");
        assertThat(diff.exitCode()).isZero();
        assertThat(diff.out()).contains("""
                ### Releases (1)

                - `source-plum` `1.1.0` -> `2.0.0` (major)
                  - declares a breaking change for `2.0.0`, upgrade deadline `2026-12-01`
                  - spec: 2 change(s), 0 incompatible
                    - `limit`: field added `optional`
                    - `page_size`: field removed
                  - streams: removed `pits`
                """);
    }

    @Test
    void aBuildWithoutChangedSinceRecordsNoReleases(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("repo");
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("pull-request-spec"), root);

        build(root, tmp.resolve("out"));
        CliRun diff = CliRun.runCli("diff", tmp.resolve("out").toString(), tmp.resolve("out").toString());

        assertThat(Files.readString(tmp.resolve("out/.site-gen/manifest.json"))).doesNotContain("\"releases\"");
        assertThat(diff.out()).doesNotContain("### Releases");
    }

    private static CliRun build(Path root, Path out, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"build", root.toString(), "--out", out.toString(), "--as-of", "2026-11-01"}, 0,
                args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        CliRun run = CliRun.runCli(args);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return run;
    }
}
