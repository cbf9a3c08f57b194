package dev.sitegen.publish;

import dev.sitegen.model.FindingCounts;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewDiffTest {

    private static BuildSummary summary(Map<String, String> versions, List<BreakingChangeEntry> breaking,
                                        FindingCounts checks) {
        return new BuildSummary("site-gen dev", "2026-11-21", new TreeMap<>(versions), breaking, checks);
    }

    private static ManifestFile file(String path, String hash) {
        return new ManifestFile(path, hash, hash.length());
    }

    private final BuildManifest before = new BuildManifest(summary(
            Map.of("source-a", "1.0.0", "source-gone", "0.1.0"),
            List.of(new BreakingChangeEntry("source-a", "1.0.0", Optional.of("2026-01-01"))),
            new FindingCounts(2, 1, 3, 0)),
            List.of(file("index.html", "aa"), file("gone/index.html", "bb"), file("a/index.html", "cc"),
                    file("api/a.json", "dd"), file("old.xml", "ee")));

    private final BuildManifest after = new BuildManifest(summary(
            Map.of("source-a", "2.0.0", "source-new", "0.1.0"),
            List.of(new BreakingChangeEntry("source-a", "1.0.0", Optional.of("2026-03-01")),
                    new BreakingChangeEntry("source-a", "2.0.0", Optional.of("2027-01-01")),
                    new BreakingChangeEntry("source-new", "0.1.0|x", Optional.empty())),
            new FindingCounts(2, 0, 4, 1)),
            List.of(file("index.html", "aa"), file("a/index.html", "c2"), file("new page/index.html", "ff"),
                    file("api/a.json", "d2"), file("api/new.json", "gg")));

    @Test
    void summarizesPagesVersionsBreakingChangesAndChecks() {
        String md = PreviewDiff.summarizeChanges(before, after, Optional.of("https://preview.example/pr-7"));

        assertThat(md).isEqualTo("""
                ## Site preview changes

                As of 2026-11-21, compared with the build as of 2026-11-21.

                | | Added | Removed | Changed |
                |---|---:|---:|---:|
                | Pages | 1 | 1 | 1 |
                | Other files | 1 | 1 | 1 |

                ### Added pages (1)

                - [`new page/index.html`](https://preview.example/pr-7/new%20page/index.html)

                ### Removed pages (1)

                - `gone/index.html`

                ### Changed pages (1)

                - [`a/index.html`](https://preview.example/pr-7/a/index.html)

                ### Connector versions (3)

                | Connector | Old | New |
                |---|---|---|
                | source-a | 1.0.0 | 2.0.0 |
                | source-gone | 0.1.0 | — |
                | source-new | — | 0.1.0 |

                ### New breaking changes (2)

                | Connector | Version | Upgrade deadline |
                |---|---|---|
                | source-a | 2.0.0 | 2027-01-01 |
                | source-new | 0.1.0\\|x | — |

                ### Changed upgrade deadlines (1)

                | Connector | Version | Old deadline | New deadline |
                |---|---|---|---|
                | source-a | 1.0.0 | 2026-01-01 | 2026-03-01 |

                ### Checks

                Every finding of each whole build, at its rule's severity (a `--changed-since` build counts here what its report lists as info), so both columns count the same thing.

                | | Old | New | Change |
                |---|---:|---:|---:|
                | Connectors | 2 | 2 |  |
                | Errors | 1 | 0 | -1 |
                | Warnings | 3 | 4 | +1 |
                | Infos | 0 | 1 | +1 |
                """);
    }

    @Test
    void withoutABaseUrlPagesAreListedUnlinkedAndLongListsAreCut() {
        List<ManifestFile> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(file(String.format("p%02d/index.html", i), "x"));
        }
        BuildManifest empty = new BuildManifest(summary(Map.of(), List.of(), new FindingCounts(0, 0, 0, 0)), List.of());
        BuildManifest full = new BuildManifest(empty.summary(), many);

        String md = PreviewDiff.summarizeChanges(empty, full, Optional.empty());

        assertThat(md).contains("### Added pages (25)\n\n- `p00/index.html`\n")
                .contains("- `p19/index.html`\n- and 5 more\n")
                .doesNotContain("p20").doesNotContain("](");
    }

    @Test
    void pagesEqualButForTheBaseUrlAreUnchangedAndOthersChanged() {
        BuildManifest published = new BuildManifest(summary(Map.of(), List.of(), new FindingCounts(0, 0, 0, 0)),
                List.of(file("a/index.html", "root-a"), file("b/index.html", "root-b"), file("sitemap.xml", "root-s")));
        BuildManifest preview = new BuildManifest(published.summary(), List.of(
                new ManifestFile("a/index.html", "pr-a", 9, Optional.of("root-a")),
                new ManifestFile("b/index.html", "pr-b", 9, Optional.of("root-b2")),
                new ManifestFile("sitemap.xml", "pr-s", 9, Optional.of("root-s"))));

        String md = PreviewDiff.summarizeChanges(published, preview, Optional.empty());

        assertThat(md).contains("| Pages | 0 | 0 | 1 |\n| Other files | 0 | 0 | 0 |\n")
                .contains("### Changed pages (1)\n\n- `b/index.html`\n").doesNotContain("`a/index.html`");
        assertThat(PreviewDiff.summarizeChanges(preview, preview, Optional.empty())).contains("No page or file changed.");
    }

    @Test
    void theDocsPagesComeBeforeTheSitesOwn() {
        List<String> paths = List.of("404.html", "contributing/connectors/source-a/index.html", "index.html",
                "integrations/sources/a/index.html", "releases/index.html", "guides/setup/index.html");
        BuildManifest old = new BuildManifest(summary(Map.of(), List.of(), new FindingCounts(0, 0, 0, 0)),
                paths.stream().map(p -> file(p, "old")).toList());
        BuildManifest now = new BuildManifest(old.summary(), paths.stream().map(p -> file(p, "new")).toList());

        String md = PreviewDiff.summarizeChanges(old, now, Optional.empty());

        assertThat(md).contains("""
                ### Changed pages (6)

                - `guides/setup/index.html`
                - `integrations/sources/a/index.html`
                - `404.html`
                - `contributing/connectors/source-a/index.html`
                - `index.html`
                - `releases/index.html`
                """);
    }

    @Test
    void contentHashesRoundTripThroughTheManifest(@TempDir Path tmp) throws Exception {
        BuildManifest withContent = new BuildManifest(after.summary(), List.of(
                new ManifestFile("a/index.html", "aa", 2, Optional.of("bb")), file("b/index.html", "cc")));
        Path file = Files.write(tmp.resolve("m.json"), ManifestJson.writeManifest(withContent));

        assertThat(BuildManifest.readManifest(file)).isEqualTo(withContent);
        assertThat(Files.readString(file)).contains("\"size\": 2,\n      \"contentSha256\": \"bb\"\n")
                .containsOnlyOnce("contentSha256");
    }

    @Test
    void sameBuildsSayNothingChanged() {
        assertThat(PreviewDiff.summarizeChanges(after, after, Optional.empty()))
                .contains("No page or file changed.").doesNotContain("###  versions").doesNotContain("| source-a");
    }

    @Test
    void manifestJsonRoundTripsAndIsStable(@TempDir Path tmp) throws Exception {
        byte[] json = ManifestJson.writeManifest(after);
        Path file = Files.write(tmp.resolve("m.json"), json);

        assertThat(BuildManifest.readManifest(file)).isEqualTo(after);
        assertThat(ManifestJson.writeManifest(BuildManifest.readManifest(file))).isEqualTo(json);
        assertThat(new String(json, UTF_8)).startsWith("{\n  \"format\": 1,\n  \"generator\": \"site-gen dev\",\n")
                .doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void unreadableOrMalformedManifestsAreNamed(@TempDir Path tmp) throws Exception {
        assertThatThrownBy(() -> BuildManifest.readManifest(tmp.resolve("none.json")))
                .isInstanceOf(PublishException.class).hasMessageContaining("cannot read build manifest");
        assertThatThrownBy(() -> BuildManifest.readManifest(tmp))
                .isInstanceOf(PublishException.class).hasMessageContaining(".site-gen/manifest.json");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"files\": 3}");
        assertThatThrownBy(() -> BuildManifest.readManifest(bad))
                .isInstanceOf(PublishException.class).hasMessageContaining("malformed: no \"files\" list");
        Path notJson = Files.writeString(tmp.resolve("x.json"), "<html>");
        assertThatThrownBy(() -> BuildManifest.readManifest(notJson)).hasMessageContaining("not JSON");
    }
}
