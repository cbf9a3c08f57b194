package dev.sitegen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sitegen.publish.RenderCacheFile;
import dev.sitegen.publish.SiteTrees;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays edits on a copy of the shared monorepo snapshot (skipped without it): after each edit, an
 * incremental build (render cache of the previous build present) and a forced, cold one of the same tree
 * must write the same files byte for byte and print the same report; an edit of one doc must re-render
 * only that doc's pages.
 */
class CorpusReplayTest {

    private static final Pattern CHANGELOG_ROW = Pattern.compile("(?m)^(\\|\\s*\\d+\\.\\d+\\.\\d+\\s*\\|.*)\\|\\s*$");

    @TempDir
    Path tmp;
    Path root;

    /** One edit of the tree: what it is, the most pages it may re-render (-1: any), extra build options. */
    private record Edit(String name, int maxRendered, List<String> options, EditAction action) {
    }

    @FunctionalInterface
    private interface EditAction {
        void apply() throws IOException;
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void everyIncrementalBuildEqualsAColdBuild() throws Exception {
        assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found beside the project: skipped");
        root = tmp.resolve("repo");
        SiteTrees.copyTree(TestPaths.findCorpus().get(), root);
        Path incremental = tmp.resolve("incremental");
        Path cold = tmp.resolve("cold");
        CliRun first = build(incremental, List.of());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path template = templateFile("base.peb");
        String templateText = Files.readString(template);
        try {
            for (Edit edit : listEdits(template, templateText)) {
                edit.action().apply();
                CliRun inc = build(incremental, edit.options());
                List<String> forced = new ArrayList<>(edit.options());
                forced.add("--force");
                CliRun full = build(cold, forced);
                assertThat(inc.exitCode()).as(edit.name() + ": " + inc.err()).isEqualTo(full.exitCode()).isZero();
                assertThat(inc.out()).as(edit.name() + ": the report").isEqualTo(full.out());
                assertThat(SiteTrees.listDifferences(incremental, cold, 10)).as(edit.name()).isEmpty();
                RenderCacheFile.Counts counts = RenderCacheFile.readCounts(incremental).orElseThrow();
                if (edit.maxRendered() >= 0) {
                    assertThat(counts.rendered()).as(edit.name() + ": pages rendered, " + inc.err())
                            .isLessThanOrEqualTo(edit.maxRendered());
                    assertThat(counts.reused()).as(edit.name() + ": pages re-used").isGreaterThan(1300);
                }
            }
        } finally {
            Files.writeString(template, templateText);
        }
    }

    private List<Edit> listEdits(Path template, String templateText) {
        String sources = "docs/integrations/sources/";
        String connectors = "airbyte-integrations/connectors/";
        List<Edit> edits = new ArrayList<>();
        // a doc's page and its connector's contribute page (its findings' positions may move)
        edits.add(new Edit("append a line to a doc", 2, List.of(),
                () -> append(sources + "postgres.md", "\nOne more line.\n")));
        // a spec shows on its connector's page, API document (no page) and contribute page only
        edits.add(new Edit("edit a spec description", 2, List.of(),
                () -> replaceFirst(connectors + "source-postgres/src/main/resources/spec.json",
                        "\"Hostname of the database.\"", "\"Hostname of the database server.\"")));
        edits.add(new Edit("rename a stream in a manifest", 2, List.of(),
                () -> replaceFirst(connectors + "source-7shifts/manifest.yaml", "name: roles", "name: job_roles")));
        edits.add(new Edit("add a section in the middle of a doc", 2, List.of(),
                () -> replaceFirst(sources + "mysql.md", "\n## ", "\n## Added section\n\nText.\n\n## ")));
        edits.add(new Edit("edit a changelog row", -1, List.of(), () -> editChangelogRow(sources + "7shifts.md")));
        edits.add(new Edit("add a doc page that documents no connector", 1, List.of(),
                () -> write(sources + "replay-notes.md", "# Replay notes\n\nSee [Postgres](postgres.md).\n")));
        edits.add(new Edit("add a doc for a connector without one", -1, List.of(),
                () -> write(sources + "active-directory.md", "# Active Directory\n\n## Changelog\n\n"
                        + "| Version | Date | Pull Request | Subject |\n|:--|:--|:--|:--|\n")));
        edits.add(new Edit("break a link in a doc", 2, List.of(),
                () -> append(sources + "postgres.md", "\nSee [the gone page](replay-gone.md#nowhere).\n")));
        edits.add(new Edit("delete a doc other pages link to", -1, List.of(),
                () -> Files.delete(root.resolve(sources + "replay-notes.md"))));
        edits.add(new Edit("delete a connector's doc", -1, List.of(),
                () -> Files.delete(root.resolve(sources + "activecampaign.md"))));
        edits.add(new Edit("edit a migration guide", -1, List.of(),
                () -> append(sources + "airtable-migrations.md", "\nA note added at the end.\n")));
        edits.add(new Edit("add a migration guide", -1, List.of(),
                () -> write(sources + "7shifts-migrations.md", "# 7shifts Migration Guide\n\n## Upgrading to 1.0.0\n\n"
                        + "Re-run your syncs.\n")));
        edits.add(new Edit("delete a migration guide", -1, List.of(),
                () -> Files.delete(root.resolve(sources + "amazon-ads-migrations.md"))));
        edits.add(new Edit("change a version in metadata.yaml", -1, List.of(),
                () -> replaceFirst(connectors + "source-7shifts/metadata.yaml", "dockerImageTag: 0.0.19",
                        "dockerImageTag: 0.0.20")));
        edits.add(new Edit("add a breaking change", -1, List.of(),
                () -> replaceFirst(connectors + "source-7shifts/metadata.yaml", "\ndata:\n", "\ndata:\n  releases:\n"
                        + "    breakingChanges:\n      1.0.0:\n        message: Streams renamed.\n"
                        + "        upgradeDeadline: \"2025-09-30\"\n")));
        edits.add(new Edit("create site.yaml", -1, List.of(),
                () -> write("site.yaml", "title: Replay Catalog\nrules:\n  changelog-pr-link: warning\n")));
        edits.add(new Edit("change a rule's severity in site.yaml", -1, List.of(),
                () -> write("site.yaml", "title: Replay Catalog\nrules:\n  changelog-pr-link: off\n")));
        edits.add(new Edit("touch an icon", 0, List.of(),
                () -> Files.setLastModifiedTime(root.resolve(connectors + "source-postgres/icon.svg"),
                        FileTime.from(Instant.parse("2025-08-01T00:00:00Z")))));
        edits.add(new Edit("change an icon", 2, List.of(),
                () -> replaceFirst(connectors + "source-postgres/icon.svg", "<svg", "<svg data-replay=\"1\"")));
        edits.add(new Edit("delete an icon", -1, List.of(),
                () -> Files.delete(root.resolve(connectors + "source-mysql/icon.svg"))));
        edits.add(new Edit("delete a connector", -1, List.of(),
                () -> deleteTree(root.resolve(connectors + "source-active-directory"))));
        edits.add(new Edit("change a template", -1, List.of(),
                () -> Files.writeString(template, templateText.replace("</body>", "<!-- replayed -->\n</body>"))));
        edits.add(new Edit("restore the template", -1, List.of(), () -> Files.writeString(template, templateText)));
        edits.add(new Edit("build with another base URL", -1, List.of("--base-url", "/pr-1/"), () -> { }));
        edits.add(new Edit("delete site.yaml", -1, List.of(), () -> Files.delete(root.resolve("site.yaml"))));
        edits.add(new Edit("append to a doc again", 2, List.of(),
                () -> append(sources + "postgres.md", "\nThe last line.\n")));
        return edits;
    }

    private CliRun build(Path out, List<String> options) {
        List<String> args = new ArrayList<>(List.of("build", root.toString(), "--out", out.toString(),
                "--fail-on", "never", "--as-of", "2025-08-15"));
        args.addAll(options);
        return CliRun.runCli(args.toArray(String[]::new));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), Files.readString(root.resolve(file)) + text);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), text);
    }

    private void replaceFirst(String file, String from, String to) throws IOException {
        String text = Files.readString(root.resolve(file));
        assertThat(text).as(file).contains(from);
        int at = text.indexOf(from);
        Files.writeString(root.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private void editChangelogRow(String file) throws IOException {
        String text = Files.readString(root.resolve(file));
        Matcher row = CHANGELOG_ROW.matcher(text);
        assertThat(row.find()).as(file + " has a changelog row").isTrue();
        Files.writeString(root.resolve(file), text.substring(0, row.end(1)) + " (edited)" + text.substring(row.end(1)));
    }

    /** The theme's template as the build loads it (target/classes), edited to stand for a new theme. */
    private static Path templateFile(String name) throws URISyntaxException {
        Path file = Path.of(CorpusReplayTest.class.getClassLoader().getResource("themes/default/templates/" + name).toURI());
        assertThat(file).isRegularFile();
        return file;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
