package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.edit.EditTestFiles;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code site-gen bump} from the command line: refusals exit 2 and leave every byte of the root as it
 * was, usage errors exit 2, and what a successful bump prints. The diffs themselves are pinned by the
 * golden tests in {@code dev.sitegen.edit}.
 */
class BumpCommandTest {

    private static final String LEDGERLY_DOC = "docs/integrations/sources/ledgerly.md";
    private static final String LEDGERLY_METADATA = "connectors/source-ledgerly/metadata.yaml";

    @TempDir
    Path tmp;

    @Test
    void refusesAnUnknownConnector() throws IOException {
        CliRun run = assertRefusedUntouched(copyContent(), "source-nowhere", "patch");

        assertThat(run.err()).contains("unknown connector 'source-nowhere'").contains("nothing was changed");
    }

    @Test
    void refusesInvalidMetadataAndNamesTheProblems() throws IOException {
        Path root = EditTestFiles.copyTree(TestPaths.fixtureSite("broken-metadata"), tmp.resolve("site"));
        assertThat(CliRun.runCli("check", root.toString(), "--only", "source-beta").out()).contains("metadata-invalid");

        CliRun run = assertRefusedUntouched(root, "source-beta", "patch");

        assertThat(run.err()).contains("source-beta: metadata.yaml has problems to fix before bumping")
                .contains("connectors/source-beta/metadata.yaml").contains("dockerImageTag");
    }

    @Test
    void refusesADocWithoutChangelogTable() throws IOException {
        Path root = copyContent();
        replaceIn(root.resolve(LEDGERLY_DOC), "## Changelog", "## Release history");

        CliRun run = assertRefusedUntouched(root, "source-ledgerly", "patch");

        assertThat(run.err()).contains("docs/integrations/sources/ledgerly.md has no changelog table for source-ledgerly");
    }

    @Test
    void refusesAVersionTheChangelogAlreadyPassed() throws IOException {
        Path root = copyContent();
        replaceIn(root.resolve(LEDGERLY_DOC), "| 2.3.1 | 2026-10-02",
                "| 2.4.0 | 2026-10-20 | [4850](https://github.com/tributary-data/connectors/pull/4850) | Early row |\n| 2.3.1 | 2026-10-02");

        CliRun run = assertRefusedUntouched(root, "source-ledgerly", "patch");

        assertThat(run.err()).contains("already has a row for 2.4.0, which is not older than 2.3.2");
    }

    @Test
    void refusesReleaseOfAReleaseAndPatchOfACandidate() throws IOException {
        Path root = copyContent();

        assertThat(assertRefusedUntouched(root, "source-ledgerly", "release").err())
                .contains("version 2.3.1 is no release candidate");
        assertThat(assertRefusedUntouched(root, "source-brightdesk", "patch").err())
                .contains("version 1.4.0-rc.1 is a prerelease: use 'rc' for its next candidate or 'release'");
    }

    @Test
    void refusesAMajorWithoutBreakingDecision() throws IOException {
        CliRun run = assertRefusedUntouched(copyContent(), "source-ledgerly", "major");

        assertThat(run.err()).contains("3.0.0 is a major version: say what breaks with --breaking --deadline");
    }

    @Test
    void refusesBreakingChangesThatCannotBeReleasedAsAsked() throws IOException {
        Path root = copyContent();

        assertThat(assertRefusedUntouched(root, "source-ledgerly", "patch", "--breaking", "--deadline", "2027-01-01").err())
                .contains("--breaking needs a major version and 2.3.2 is none");
        assertThat(assertRefusedUntouched(root, "source-ledgerly", "major", "--breaking", "--deadline", "2026-01-01").err())
                .contains("--deadline 2026-01-01 is before the release date 2026-11-20");
        assertThat(assertRefusedUntouched(root, "source-ledgerly", "major", "--rc").err())
                .contains("--rc cannot be used with 'major'");
    }

    @Test
    void refusesToBuryACurrentVersionWithoutRow() throws IOException {
        Path root = copyContent();
        replaceIn(root.resolve(LEDGERLY_METADATA), "dockerImageTag: 2.3.1", "dockerImageTag: 2.3.2");

        CliRun run = assertRefusedUntouched(root, "source-ledgerly", "patch");

        assertThat(run.err()).contains("error: " + LEDGERLY_DOC + ":")
                .contains("the changelog has no row for the current version 2.3.2 (dockerImageTag), so 2.3.3 would "
                        + "leave it undocumented: add the 2.3.2 row by hand first, or pass --document-gap");
    }

    @Test
    void documentGapAddsTheMissingRowBelowTheNewOne() throws IOException {
        Path root = copyContent();
        replaceIn(root.resolve(LEDGERLY_METADATA), "dockerImageTag: 2.3.1", "dockerImageTag: 2.3.2");

        CliRun run = CliRun.runCli("bump", "source-ledgerly", "patch", "--document-gap", "--pr", "4933", "--message",
                "Fix paging", "--date", "2026-11-20", root.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: added a row for 2.3.2, which had none");
        String pr = "[4933](https://github.com/tributary-data/connectors/pull/4933)";
        assertThat(Files.readString(root.resolve(LEDGERLY_DOC))).contains("| 2.3.3 | 2026-11-20 | " + pr
                + " | Fix paging |\n| 2.3.2 | 2026-11-20 | " + pr
                + " | Released as 2.3.2 without a changelog row; row added with 2.3.3 |\n| 2.3.1 | 2026-10-02");
        assertThat(CliRun.runCli("check", root.toString(), "--only", "source-ledgerly").exitCode()).isZero();
    }

    @Test
    void documentGapRefusesWhenThereIsNoGapToDocument() throws IOException {
        Path root = copyContent();

        assertThat(assertRefusedUntouched(root, "source-ledgerly", "patch", "--document-gap").err())
                .contains("--document-gap: " + LEDGERLY_DOC + " already has a row for the current version 2.3.1");
        replaceIn(root.resolve(LEDGERLY_METADATA), "dockerImageTag: 2.3.1", "dockerImageTag: 2.2.9");
        assertThat(assertRefusedUntouched(root, "source-ledgerly", "major", "--no-breaking", "--document-gap").err())
                .contains("--document-gap: 2.2.9 is older than the changelog's newest row 2.3.1");
    }

    @Test
    void usageErrorsExitTwoWithoutTouchingFiles() throws IOException {
        Path root = copyContent();
        Map<String, String> before = EditTestFiles.snapshot(root);

        CliRun strayDeadline = CliRun.runCli("bump", "source-ledgerly", "patch", "--pr", "1", "--message", "x",
                "--deadline", "2027-01-01", root.toString());
        CliRun noDeadline = CliRun.runCli("bump", "source-ledgerly", "major", "--pr", "1", "--message", "x",
                "--breaking", root.toString());
        CliRun noPr = CliRun.runCli("bump", "source-ledgerly", "patch", "--message", "x", root.toString());
        CliRun badKind = CliRun.runCli("bump", "source-ledgerly", "huge", "--pr", "1", "--message", "x", root.toString());

        assertThat(List.of(strayDeadline, noDeadline, noPr, badKind)).allSatisfy(r -> assertThat(r.exitCode()).isEqualTo(2));
        assertThat(strayDeadline.err()).contains("--deadline, --streams and --breaking-message go with --breaking");
        assertThat(noDeadline.err()).contains("--breaking needs --deadline");
        assertThat(noPr.err()).contains("--pr");
        assertThat(EditTestFiles.snapshot(root)).isEqualTo(before);
    }

    @Test
    void reportsTheBumpAndDefaultsTheDateToToday() throws IOException {
        Path root = copyContent();

        CliRun run = CliRun.runCli("bump", "source-ledgerly", "patch", "--pr", "4930", "--message", "Fix paging",
                root.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("source-ledgerly: 2.3.1 -> 2.3.2\n  updated " + LEDGERLY_METADATA
                + "\n  updated " + LEDGERLY_DOC + "\n");
        assertThat(Files.readString(root.resolve(LEDGERLY_DOC)))
                .contains("| 2.3.2 | " + LocalDate.now() + " | [4930](https://github.com/tributary-data/connectors/pull/4930) | Fix paging |");
        assertThat(CliRun.runCli("check", root.toString(), "--only", "source-ledgerly").exitCode()).isZero();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".tmp"));
        }
    }

    @Test
    void noBreakingReleasesTheMajorWithANote() throws IOException {
        Path root = copyContent();

        CliRun run = CliRun.runCli("bump", "source-ledgerly", "major", "--no-breaking", "--pr", "4931", "--message",
                "Rename the package", "--date", "2026-11-20", root.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: 3.0.0 is released without a releases.breakingChanges entry");
        assertThat(Files.readString(root.resolve(LEDGERLY_METADATA))).contains("dockerImageTag: 3.0.0\n")
                .doesNotContain("3.0.0:");
    }

    @Test
    void keepsAByteOrderMark() throws IOException {
        Path root = copyContent();
        for (String file : List.of(LEDGERLY_METADATA, LEDGERLY_DOC)) {
            Path p = root.resolve(file);
            Files.writeString(p, "\uFEFF" + Files.readString(p), StandardCharsets.UTF_8);
        }

        CliRun run = CliRun.runCli("bump", "source-ledgerly", "patch", "--pr", "4932", "--message", "Fix paging",
                "--date", "2026-11-20", root.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String file : List.of(LEDGERLY_METADATA, LEDGERLY_DOC)) {
            byte[] bytes = Files.readAllBytes(root.resolve(file));
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, StandardCharsets.UTF_8).indexOf('\uFEFF', 1)).isEqualTo(-1);
        }
        assertThat(Files.readString(root.resolve(LEDGERLY_METADATA))).contains("\n  dockerImageTag: 2.3.2\n");
    }

    @Test
    void isListedInTheTopLevelHelp() {
        CliRun run = CliRun.runCli("--help");

        assertThat(run.out()).contains("bump");
        assertThat(CliRun.runCli("bump", "--help").out()).contains("Usage: site-gen bump").contains("--dry-run");
    }

    @Test
    void refusesStreamsTheManifestDoesNotListAndListsTheKnownOnes() throws IOException {
        CliRun run = assertRefusedUntouched(copyContent(), "source-ledgerly", "major", "--breaking", "--deadline",
                "2027-01-01", "--streams", "invoices,invoice,ledger");

        assertThat(run.err()).contains("error: --streams: 'invoice', 'ledger' are no streams of source-ledgerly; the "
                + "10 streams of connectors/source-ledgerly/manifest.yaml:\n  accounts, bills, credit_notes, customers, "
                + "invoice_lines, invoices, journal_entries, payments, tax_rates, vendors\n").contains("nothing was changed");
    }

    @Test
    void acceptsStreamsTheManifestLists() throws IOException {
        Path root = copyContent();

        CliRun run = CliRun.runCli("bump", "source-ledgerly", "major", "--pr", "4999", "--message", "Change", "--date",
                "2026-11-20", "--breaking", "--deadline", "2027-01-01", "--streams", "invoices,payments",
                root.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(Files.readString(root.resolve(LEDGERLY_METADATA))).contains("invoices", "payments", "3.0.0");
    }

    private CliRun assertRefusedUntouched(Path root, String connector, String kind, String... extra) throws IOException {
        Map<String, String> before = EditTestFiles.snapshot(root);
        List<String> args = new ArrayList<>(List.of("bump", connector, kind, "--pr", "4999", "--message", "Change",
                "--date", "2026-11-20"));
        args.addAll(List.of(extra));
        args.add(root.toString());

        CliRun run = CliRun.runCli(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(EditTestFiles.snapshot(root)).as("a refused bump touches no file").isEqualTo(before);
        return run;
    }

    private Path copyContent() throws IOException {
        return EditTestFiles.copyTree(TestPaths.contentDir(), tmp.resolve("content"));
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
