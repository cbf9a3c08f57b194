package dev.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.FindingCounts;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Releases section of a preview diff, and the manifest's releases list read back as written. */
class ReleaseMarkdownTest {

    private static final ReleaseSummary PLUM = new ReleaseSummary("source-plum", Optional.of("1.1.0"), "1.2.0", "minor",
            List.of(), List.of(new ReleaseSummary.Change("limit", "field-added", false, "optional"),
            new ReleaseSummary.Change("region", "enum-values-removed", true, "us")), "",
            Optional.of(new ReleaseSummary.Streams(List.of("stones"), List.of())));

    @Test
    void incompatibleChangesComeFirstAndAreMarked() {
        assertThat(ReleaseMarkdown.formatReleases(List.of(PLUM))).isEqualTo("""
                ### Releases (1)

                - `source-plum` `1.1.0` -> `1.2.0` (minor)
                  - spec: 2 change(s), 1 incompatible
                    - **incompatible** `region`: enum values removed `us`
                    - `limit`: field added `optional`
                  - streams: added `stones`

                """);
    }

    @Test
    void aNoteReplacesTheSpecAndNoReleasesWriteNothing() {
        ReleaseSummary quince = new ReleaseSummary("source-quince", Optional.empty(), "0.1.0", "new", List.of(),
                List.of(), "new at origin/main", Optional.empty());

        assertThat(ReleaseMarkdown.formatReleases(List.of(quince))).contains("- `source-quince` `0.1.0` (new)\n"
                + "  - spec not compared: new at origin/main\n");
        assertThat(ReleaseMarkdown.formatReleases(List.of())).isEmpty();
    }

    @Test
    void textFromThePullRequestCannotFormatTheComment() {
        ReleaseSummary hostile = new ReleaseSummary("source-x", Optional.of("1.0.0"), "1.0.1", "patch", List.of(),
                List.of(new ReleaseSummary.Change("a\n# Approved ``", "pattern-tightened", true, "`[x](y)`")), "",
                Optional.empty());

        String md = ReleaseMarkdown.formatReleases(List.of(hostile));

        assertThat(md).contains("**incompatible** ``` a # Approved `` ```: pattern tightened `` `[x](y)` ``")
                .doesNotContain("\n# ");
    }

    @Test
    void theManifestKeepsReleasesAndOmitsAnEmptyList() throws Exception {
        BuildSummary summary = new BuildSummary("site-gen test", "2026-11-01", new TreeMap<>(), List.of(),
                new FindingCounts(1, 0, 0, 0), List.of(PLUM, new ReleaseSummary("source-quince", Optional.empty(),
                "0.1.0", "new", List.of(new BreakingChangeEntry("source-quince", "0.1.0", Optional.empty())), List.of(),
                "new at HEAD", Optional.empty())));
        BuildManifest manifest = new BuildManifest(summary, List.of(new ManifestFile("index.html", "aa", 2)));

        byte[] json = ManifestJson.writeManifest(manifest);
        BuildManifest read = ManifestJson.parseManifest(json, "manifest.json");
        byte[] without = ManifestJson.writeManifest(new BuildManifest(new BuildSummary("site-gen test", "2026-11-01",
                new TreeMap<>(), List.of(), new FindingCounts(1, 0, 0, 0)), manifest.files()));

        assertThat(read.summary().releases()).isEqualTo(summary.releases());
        assertThat(ManifestJson.writeManifest(read)).isEqualTo(json);
        assertThat(new String(without, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("releases");
    }
}
