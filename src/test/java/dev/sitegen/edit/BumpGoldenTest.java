package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bump kind on a copy of a real site: the {@code --dry-run} diff must equal its golden file
 * (src/test/resources/golden/bump; run with {@code -Dsitegen.updateGolden=true} to rewrite them after
 * an intended change), the dry run must touch nothing, the real run must write exactly what the diff
 * says (the diff is applied to the old files and compared byte for byte), and the connector must then
 * check clean.
 */
class BumpGoldenTest {

    private static final Path GOLDEN = TestPaths.projectDir().resolve("src/test/resources/golden/bump");

    @TempDir
    Path tmp;

    @Test
    void patchOfAnUnpaddedTable() throws IOException {
        Path root = copyContent();
        bumpAndCompare("patch-source-ledgerly", root, "source-ledgerly", "patch", "--pr", "4921",
                "--message", "Retry token refreshes that fail with 502 | 503", "--date", "2026-11-20");
        assertChecksClean(root, "source-ledgerly");
    }

    @Test
    void minorBelowOneWithoutBreakingChange() throws IOException {
        Path root = copyContent();
        bumpAndCompare("minor-source-formwise", root, "source-formwise", "minor", "--pr", "4922",
                "--message", "Add `form_versions` stream", "--date", "2026-11-20");
        assertChecksClean(root, "source-formwise");
    }

    @Test
    void majorWithBreakingChangeAndStreams() throws IOException {
        Path root = copyContent();
        bumpAndCompare("major-breaking-destination-quarry", root, "destination-quarry", "major", "--pr", "4923",
                "--message", "Write `users` and `orders` as merged tables", "--date", "2026-11-20",
                "--breaking", "--deadline", "2027-03-31", "--streams", "users,orders",
                "--breaking-message", "The `users` and `orders` tables are merged in place. Run a full refresh of both streams.");
        assertChecksClean(root, "destination-quarry");
    }

    @Test
    void breakingMinorBelowOneCreatesReleasesAndGuide() throws IOException {
        Path root = copyContent();
        bumpAndCompare("minor-breaking-source-mossdb", root, "source-mossdb", "minor", "--pr", "4924",
                "--message", "Read change streams per database", "--date", "2026-11-20",
                "--breaking", "--deadline", "2027-02-15", "--streams", "collections");
        assertChecksClean(root, "source-mossdb");
    }

    @Test
    void rcCountsTheCandidateUp() throws IOException {
        Path root = copyContent();
        bumpAndCompare("rc-source-brightdesk", root, "source-brightdesk", "rc", "--pr", "4925",
                "--message", "Release candidate 2: page `satisfaction_ratings` by cursor", "--date", "2026-11-20");
        assertChecksClean(root, "source-brightdesk");
    }

    @Test
    void rcOfAReleaseAddsRolloutConfiguration() throws IOException {
        Path root = copyContent();
        bumpAndCompare("rc-source-ledgerly", root, "source-ledgerly", "rc", "--pr", "4926",
                "--message", "Release candidate: read `bills` incrementally", "--date", "2026-11-20");
        assertChecksClean(root, "source-ledgerly");
    }

    @Test
    void minorRcCreatesReleasesWithRollout() throws IOException {
        Path root = copyContent();
        bumpAndCompare("minor-rc-source-mossdb", root, "source-mossdb", "minor", "--rc", "--pr", "4927",
                "--message", "Release candidate: read change streams per database", "--date", "2026-11-20");
        assertChecksClean(root, "source-mossdb");
    }

    @Test
    void releasePromotesTheCandidate() throws IOException {
        Path root = copyContent();
        bumpAndCompare("release-source-brightdesk", root, "source-brightdesk", "release", "--pr", "4928",
                "--message", "Read from the Brightdesk v3 API and add `satisfaction_ratings` stream", "--date", "2026-11-20");
        assertChecksClean(root, "source-brightdesk");
    }

    @Test
    void messyFilesKeepTheirStyle() throws IOException {
        Path root = EditTestFiles.copyTree(TestPaths.fixtureSite("bump-messy"), tmp.resolve("site"));
        bumpAndCompare("major-breaking-messy", root, messyArgs());
        assertChecksClean(root, "source-tangle");
    }

    @Test
    void crlfFilesStayCrlf() throws IOException {
        Path root = EditTestFiles.copyTree(TestPaths.fixtureSite("bump-messy"), tmp.resolve("site"));
        EditTestFiles.convertToCrlf(root);
        bumpAndCompare("major-breaking-messy", root, messyArgs());
        for (String file : List.of("connectors/source-tangle/metadata.yaml", "docs/integrations/sources/tangle.md",
                "docs/integrations/sources/tangle-migrations.md")) {
            String text = EditTestFiles.readUtf8(root.resolve(file));
            assertThat(text.replace("\r\n", "")).as(file).doesNotContain("\n");
        }
        assertChecksClean(root, "source-tangle");
    }

    @Test
    void paddedCorpusTableInAMonorepoLayout() throws IOException {
        Assumptions.assumeTrue(TestPaths.findCorpus().isPresent(), "shared corpus not found: skipped");
        Path corpus = TestPaths.findCorpus().get();
        Path root = tmp.resolve("monorepo");
        Path connector = Files.createDirectories(root.resolve("airbyte-integrations/connectors/source-zoho-crm"));
        Path docs = Files.createDirectories(root.resolve("docs/integrations/sources"));
        Files.copy(corpus.resolve("airbyte-integrations/connectors/source-zoho-crm/metadata.yaml"),
                connector.resolve("metadata.yaml"));
        Files.copy(corpus.resolve("docs/integrations/sources/zoho-crm.md"), docs.resolve("zoho-crm.md"));
        CliRun before = CliRun.runCli("check", root.toString(), "--only", "source-zoho-crm");

        bumpAndCompare("patch-corpus-source-zoho-crm", root, "source-zoho-crm", "patch", "--pr", "64001",
                "--message", "Update dependencies", "--date", "2025-08-30");

        CliRun after = CliRun.runCli("check", root.toString(), "--only", "source-zoho-crm");
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(lastLine(after.out())).isEqualTo(lastLine(before.out()));
    }

    private static String[] messyArgs() {
        return new String[] {"source-tangle", "major", "--pr", "345", "--message", "Drop the `legacy_threads` stream",
                "--date", "2025-09-01", "--breaking", "--deadline", "2025-12-01", "--streams", "legacy_threads",
                "--breaking-message", "The `legacy_threads` stream is removed; select `threads` instead."};
    }

    private void bumpAndCompare(String golden, Path root, String... bumpArgs) throws IOException {
        Map<String, String> before = EditTestFiles.snapshot(root);
        CliRun dry = runBump(root, bumpArgs, true);
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertGolden(golden, dry.out());
        assertThat(EditTestFiles.snapshot(root)).as("a dry run writes nothing").isEqualTo(before);

        CliRun real = runBump(root, bumpArgs, false);
        assertThat(real.exitCode()).as(real.err()).isZero();
        Map<String, String> expected = new TreeMap<>(before);
        DiffPatcher.applyDiff(dry.out(), file -> decode(before.get(file)))
                .forEach((file, text) -> expected.put(file, new String(text.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1)));
        assertThat(EditTestFiles.snapshot(root)).as("the files written are the dry run's diff applied").isEqualTo(expected);
    }

    private static CliRun runBump(Path root, String[] bumpArgs, boolean dryRun) {
        List<String> args = new ArrayList<>(List.of("bump"));
        args.addAll(List.of(bumpArgs));
        if (dryRun) {
            args.add("--dry-run");
        }
        args.add(root.toString());
        return CliRun.runCli(args.toArray(String[]::new));
    }

    private static void assertChecksClean(Path root, String connector) {
        CliRun check = CliRun.runCli("check", root.toString(), "--only", connector);
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).as(check.out()).contains("0 error(s), 0 warning(s), 0 info");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".diff");
        if (Boolean.getBoolean("sitegen.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; run with -Dsitegen.updateGolden=true to create it").isRegularFile();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private Path copyContent() throws IOException {
        return EditTestFiles.copyTree(TestPaths.contentDir(), tmp.resolve("content"));
    }

    private static String decode(String latin1Bytes) {
        return latin1Bytes == null ? "" : new String(latin1Bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
