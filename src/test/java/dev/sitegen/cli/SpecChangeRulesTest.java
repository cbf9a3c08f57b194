package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec and stream comparisons against the base ({@code check --changed-since HEAD}) on a throwaway
 * git repository holding the {@code pull-request-spec} fixture: source-plum 1.1.0, a manifest-only
 * connector whose manifest lists the streams plums and pits, committed, then changed in the work tree.
 * The precision controls are here too: each must stay free of errors.
 */
class SpecChangeRulesTest {

    private static final String FOLDER = "airbyte-integrations/connectors/source-plum/";
    private static final String METADATA = FOLDER + "metadata.yaml";
    private static final String MANIFEST = FOLDER + "manifest.yaml";
    private static final String DOC = "docs/integrations/sources/plum.md";
    private static final String TAG = METADATA + ":5";
    private static final String PAGE_SIZE = "      page_size:\n        type: integer\n        minimum: 1\n"
            + "        maximum: 1000\n";

    @BeforeAll
    static void requireGit() {
        Assumptions.assumeTrue(ChangedSinceTest.isGitAvailable(), "git is not on PATH");
    }

    @Test
    void theFixtureIsCleanAtItsBase(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);

        CliRun run = CliRun.runCli("check", root.toString(), "--format", "json");

        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "warning")).isEmpty();
    }

    @Test
    void aRequiredFieldWithoutADefaultUnderAMinorIsReportedAtDockerImageTag(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, "      - api_key\n", "      - api_key\n      - org\n");
        replace(root, MANIFEST, "      region:\n", "      org:\n        type: string\n      region:\n");
        bump(root, "minor", "Add organisations");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).containsExactly(
                "spec-breaking-change-undeclared " + TAG);
        assertThat(run.out()).contains("1.2.0 is no new major declared in breakingChanges: "
                + "`org`: required field added without a default")
                .contains("site-gen bump source-plum major --breaking --deadline YYYY-MM-DD --pr N --message TEXT");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void everyIncompatibleChangeIsListedByPath(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, "          - us\n", "");
        replace(root, MANIFEST, "        minimum: 1\n", "        minimum: 10\n");
        replace(root, MANIFEST, "          - title: Token\n            properties:\n              auth_type:\n"
                + "                const: token\n              token:\n                type: string\n", "");
        replace(root, MANIFEST, "          retries:\n            type: integer\n", "");
        replace(root, MANIFEST, "        pattern: ^[0-9]{4}-[0-9]{2}-[0-9]{2}$\n", "        pattern: ^[0-9]{4}$\n");
        bump(root, "patch", "Tighten the spec");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).containsExactly(
                "spec-breaking-change-undeclared " + TAG);
        assertThat(run.out()).contains("`region`: enum values removed (us)")
                .contains("`page_size`: bound tightened (minimum 1 -> 10)")
                .contains("`start_date`: pattern tightened (^[0-9]{4}-[0-9]{2}-[0-9]{2}$ -> ^[0-9]{4}$)")
                .contains("`credentials[token]`: oneOf option removed (Token)")
                .contains("`advanced.retries`: field removed where additionalProperties is false");
    }

    @Test
    void anOptionalFieldRemovedIsAWarningAtTheObjectThatHeldIt(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, PAGE_SIZE, "");
        bump(root, "patch", "Drop the page size");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "warning")).containsExactly(
                "spec-field-removed " + MANIFEST + ":16");
        assertThat(run.out()).contains("optional field `page_size` of the spec at HEAD was removed");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aStreamRemovedUnderAMinorIsReportedAndADeclaredMajorIsNot(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        String withoutPits = read(root, MANIFEST).replace("  - $ref: \"#/definitions/streams/pits\"\n", "");
        bump(root, "minor", "Stop reading pits");
        Files.writeString(root.resolve(MANIFEST), withoutPits);

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).containsExactly("stream-removed-undeclared " + TAG);
        assertThat(run.out()).contains("stream 'pits' of HEAD is gone, and no new major's breaking change declares it")
                .contains("then list pits in its scopedImpact");
    }

    @Test
    void aStreamRemovalDeclaredByAMajorScopedToItPasses(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        String withoutPits = read(root, MANIFEST).replace("  - $ref: \"#/definitions/streams/pits\"\n", "");
        CliRun bump = CliRun.runCli("bump", "source-plum", "major", root.toString(), "--pr", "330", "--message",
                "Remove pits", "--date", "2026-11-01", "--breaking", "--deadline", "2026-12-01", "--streams", "pits");
        assertThat(bump.exitCode()).as(bump.err()).isZero();
        Files.writeString(root.resolve(MANIFEST), withoutPits);

        CliRun run = PullRequestRulesTest.checkChanges(root);

        // breaking-change-unknown-stream knows the streams of the base too: the entry names the stream it removes
        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
    }

    @Test
    void aMajorScopedToOtherStreamsDoesNotDeclareTheRemovedOne(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        String withoutPits = read(root, MANIFEST).replace("  - $ref: \"#/definitions/streams/pits\"\n", "");
        CliRun bump = CliRun.runCli("bump", "source-plum", "major", root.toString(), "--pr", "330", "--message",
                "New plums cursor", "--date", "2026-11-01", "--breaking", "--deadline", "2026-12-01", "--streams", "plums");
        assertThat(bump.exitCode()).as(bump.err()).isZero();
        Files.writeString(root.resolve(MANIFEST), withoutPits);

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).containsExactly("stream-removed-undeclared " + TAG);
        assertThat(run.out()).contains("declare 2.0.0 under releases.breakingChanges (message, upgradeDeadline, "
                + "scopedImpact naming pits)");
    }

    @Test
    void aMajorWithoutABreakingChangeDoesNotDeclareAnIncompatibleSpec(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, "        minimum: 1\n", "        minimum: 5\n");
        CliRun bump = CliRun.runCli("bump", "source-plum", "major", root.toString(), "--pr", "330", "--message",
                "Larger pages", "--date", "2026-11-01", "--no-breaking");
        assertThat(bump.exitCode()).as(bump.err()).isZero();

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).contains("spec-breaking-change-undeclared " + TAG);
        assertThat(run.out()).contains("2.0.0 is no new major declared in breakingChanges: `page_size`: bound "
                + "tightened (minimum 1 -> 5)");
    }

    @Test
    void aDeclaredMajorRemovingFieldsPasses(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, PAGE_SIZE, "");
        replace(root, MANIFEST, "          retries:\n            type: integer\n", "");
        CliRun bump = CliRun.runCli("bump", "source-plum", "major", root.toString(), "--pr", "330", "--message",
                "Remove the page size", "--date", "2026-11-01", "--breaking", "--deadline", "2026-12-01");
        assertThat(bump.exitCode()).as(bump.err()).isZero();

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(read(root, METADATA)).contains("dockerImageTag: 2.0.0");
        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "warning")).isEmpty();
    }

    @Test
    void aMinorAddingAnOptionalFieldWithADefaultPasses(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, MANIFEST, "      region:\n", "      limit:\n        type: integer\n        default: 100\n"
                + "      region:\n");
        bump(root, "minor", "Add a limit");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "warning")).isEmpty();
    }

    @Test
    void aDocOnlyEditAndATestFileWithAPatchPass(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        replace(root, DOC, "Plum reads plums.", "Plum reads plums and their pits.");
        CliRun docOnly = PullRequestRulesTest.checkChanges(root);
        Path test = root.resolve(FOLDER + "unit_tests/test_source.py");
        Files.writeString(test, Files.readString(test) + "def test_more():\n    assert True\n");
        bump(root, "patch", "Test more");

        CliRun withTest = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(docOnly, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(withTest, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(withTest, "warning")).isEmpty();
    }

    @Test
    void aNewConnectorWithASpecHasNothingToCompare(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp);
        Path quince = Files.createDirectories(root.resolve("airbyte-integrations/connectors/source-quince"));
        Files.writeString(quince.resolve("metadata.yaml"), read(root, METADATA).replace("plum", "quince")
                .replace("Plum", "Quince").replace("000000000017", "000000000018"));
        Files.writeString(quince.resolve("manifest.yaml"), read(root, MANIFEST));
        Files.writeString(root.resolve("docs/integrations/sources/quince.md"), read(root, DOC).replace("Plum", "Quince"));
        Files.writeString(root.resolve("docs/integrations/sources/quince-migrations.md"),
                read(root, "docs/integrations/sources/plum-migrations.md").replace("Plum", "Quince"));

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(run.err()).contains("1 connector(s): source-quince");
        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
    }

    @Test
    void aSpecThatDoesNotParseAtTheBaseIsNotComparedAndAnInfoSaysSo(@TempDir Path tmp) throws Exception {
        Path root = createRepo(tmp, manifest -> manifest.replace("  connection_specification:\n",
                "  connection_specification: [\n"));
        replace(root, MANIFEST, "  connection_specification: [\n", "  connection_specification:\n");
        replace(root, MANIFEST, PAGE_SIZE, "");
        bump(root, "patch", "Fix the spec");

        CliRun run = PullRequestRulesTest.checkChanges(root);

        assertThat(PullRequestRulesTest.listFindings(run, "error")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "warning")).isEmpty();
        assertThat(PullRequestRulesTest.listFindings(run, "info")).contains(
                "spec-breaking-change-undeclared " + MANIFEST + ":16");
        assertThat(run.out()).contains("the spec at HEAD does not read as one (" + MANIFEST);
    }

    private static Path createRepo(Path tmp) throws Exception {
        return createRepo(tmp, m -> m);
    }

    /** The fixture committed as the base, its manifest first rewritten by {@code atBase}. */
    private static Path createRepo(Path tmp, java.util.function.UnaryOperator<String> atBase) throws Exception {
        Path repo = tmp.resolve("repo");
        CheckBaselineTest.copyTree(TestPaths.fixtureSite("pull-request-spec"), repo);
        Files.writeString(repo.resolve(MANIFEST), atBase.apply(read(repo, MANIFEST)));
        PullRequestRulesTest.commitAll(repo);
        return repo;
    }

    private static void bump(Path root, String kind, String message) {
        CliRun run = CliRun.runCli("bump", "source-plum", kind, root.toString(), "--pr", "320", "--message", message,
                "--date", "2026-11-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String read(Path root, String file) throws Exception {
        return Files.readString(root.resolve(file));
    }

    private static void replace(Path root, String file, String from, String to) throws Exception {
        String before = read(root, file);
        assertThat(before).contains(from);
        Files.writeString(root.resolve(file), before.replace(from, to));
    }
}
