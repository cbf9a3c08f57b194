package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.ConnectorSubtype;
import dev.sitegen.model.ConnectorType;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Diagnostic;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.RegistryOverride;
import dev.sitegen.model.ReleaseStage;
import dev.sitegen.model.ScopedImpact;
import dev.sitegen.model.Severity;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.SupportLevel;
import dev.sitegen.model.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semver4j.Semver;

class MetadataReaderTest {

    private static final String FILE = "connectors/source-otterline/metadata.yaml";
    private static final String CONNECTOR = "source-otterline";
    private static final String RULE = "metadata-invalid";

    /** A complete metadata file; the line numbers in the comments are what the tests assert. */
    private static final String GOOD = """
            data:
              name: Otterline
              definitionId: 5e9c2a71-3b4d-4f8e-9a10-7c6b5d4e3f21
              connectorType: source
              connectorSubtype: api
              dockerRepository: fictive/source-otterline
              dockerImageTag: 2.1.0
              license: MIT
              documentationUrl: https://docs.example.org/integrations/sources/otterline
              githubIssueLabel: source-otterline
              releaseStage: beta
              supportLevel: certified
              tags:
                - language:java
                - cdk:low-code
              registryOverrides:
                cloud:
                  enabled: true
                  dockerImageTag: 2.0.3
                oss:
                  enabled: false
              releases:
                rolloutConfiguration:
                  enableProgressiveRollout: true
                breakingChanges:
                  2.0.0:
                    message: "The ripples stream is keyed by id."
                    upgradeDeadline: 2024-03-15
                    migrationDocumentationUrl: https://docs.example.org/integrations/sources/otterline-migrations#2.0.0
                    deadlineAction: auto_upgrade
                    scopedImpact:
                      - scopeType: stream
                        impactedScopes: ["ripples", "currents"]
                  1.0.0:
                    message: First rewrite.
                    upgradeDeadline: "2023-01-31"
              unknownThing: 42
              icon: otter.svg
              connectorBuildOptions:
                baseImage: docker.io/fixture/base:1.0
            metadataSpecVersion: "1.0"
            """;
    // line 7:  "  dockerImageTag: 2.1.0"          value at column 19
    // line 19: "      dockerImageTag: 2.0.3"      value at column 23
    // line 26: "      2.0.0:"                     key at column 7

    private static MetadataReader.Result read(String text) {
        return MetadataReader.readMetadata(CONNECTOR, FILE, text);
    }

    private static Metadata readGood(String text) {
        MetadataReader.Result r = read(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.metadata()).isPresent();
        return r.metadata().orElseThrow();
    }

    /** Asserts the file gives no metadata and exactly one metadata-invalid error, and returns it. */
    private static Diagnostic onlyFatalDiagnostic(String text) {
        MetadataReader.Result r = read(text);
        assertThat(r.metadata()).as("metadata of an invalid file").isEmpty();
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.rule()).isEqualTo(RULE);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.connector()).isEqualTo(CONNECTOR);
        assertThat(d.pos().file()).isEqualTo(FILE);
        return d;
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Nested
    class ValidFile {

        @Test
        void readsTypedValues() {
            Metadata m = readGood(GOOD);

            assertThat(m.name()).isEqualTo("Otterline");
            assertThat(m.definitionId()).isEqualTo("5e9c2a71-3b4d-4f8e-9a10-7c6b5d4e3f21");
            assertThat(m.connectorType()).isEqualTo(ConnectorType.SOURCE);
            assertThat(m.connectorSubtype()).isEqualTo(ConnectorSubtype.API);
            assertThat(m.dockerRepository()).isEqualTo("fictive/source-otterline");
            assertThat(m.dockerImageTag()).isEqualTo("2.1.0");
            assertThat(m.imageTag().semver()).contains(new Semver("2.1.0"));
            assertThat(m.imageTag().pos()).isEqualTo(SourcePos.at(FILE, 7, 19));
            assertThat(m.license()).isEqualTo("MIT");
            assertThat(m.documentationUrl()).isEqualTo("https://docs.example.org/integrations/sources/otterline");
            assertThat(m.githubIssueLabel()).isEqualTo("source-otterline");
            assertThat(m.releaseStage()).isEqualTo(ReleaseStage.BETA);
            assertThat(m.supportLevel()).isEqualTo(SupportLevel.CERTIFIED);
            assertThat(m.tags()).containsExactly("language:java", "cdk:low-code");
            assertThat(m.icon()).contains("otter.svg");
            assertThat(m.rolloutConfigured()).isTrue();
        }

        @Test
        void readsRegistryOverridesWithCloudPin() {
            Metadata m = readGood(GOOD);

            RegistryOverride cloud = m.findRegistryOverride("cloud").orElseThrow();
            assertThat(cloud.enabled()).isTrue();
            assertThat(cloud.dockerImageTag()).contains("2.0.3");
            assertThat(cloud.imageTag().flatMap(Version::semver)).contains(new Semver("2.0.3"));
            assertThat(cloud.imageTag().map(Version::pos)).contains(SourcePos.at(FILE, 19, 23));
            assertThat(cloud.pos()).isEqualTo(SourcePos.at(FILE, 18, 7));

            RegistryOverride oss = m.findRegistryOverride("oss").orElseThrow();
            assertThat(oss.enabled()).isFalse();
            assertThat(oss.dockerImageTag()).isEmpty();
            assertThat(oss.pos()).isEqualTo(SourcePos.at(FILE, 21, 7));
        }

        @Test
        void readsBreakingChangesInWrittenOrderWithUnquotedDateAndScopedImpact() {
            Metadata m = readGood(GOOD);

            assertThat(m.breakingChanges()).extracting(b -> b.version().raw()).containsExactly("2.0.0", "1.0.0");
            BreakingChange two = m.breakingChanges().get(0);
            assertThat(two.version()).isEqualTo(new Version("2.0.0", Optional.of(new Semver("2.0.0")),
                    SourcePos.at(FILE, 26, 7)));
            assertThat(two.message()).isEqualTo("The ripples stream is keyed by id.");
            assertThat(two.upgradeDeadline()).as("unquoted YAML date kept as written").contains(new Deadline(
                    "2024-03-15", Optional.of(LocalDate.of(2024, 3, 15)), SourcePos.at(FILE, 28, 26)));
            assertThat(two.migrationDocumentationUrl())
                    .contains("https://docs.example.org/integrations/sources/otterline-migrations#2.0.0");
            assertThat(two.deadlineAction()).contains("auto_upgrade");
            assertThat(two.scopedImpact()).containsExactly(new ScopedImpact("stream", List.of("ripples", "currents")));
            assertThat(two.impactedStreams()).containsExactly("ripples", "currents");
            assertThat(two.pos()).isEqualTo(SourcePos.at(FILE, 26, 7));

            BreakingChange one = m.breakingChanges().get(1);
            assertThat(one.message()).isEqualTo("First rewrite.");
            assertThat(one.upgradeDeadline().map(Deadline::raw)).contains("2023-01-31");
            assertThat(one.upgradeDeadline().flatMap(Deadline::date)).contains(LocalDate.of(2023, 1, 31));
            assertThat(one.migrationDocumentationUrl()).isEmpty();
            assertThat(one.deadlineAction()).isEmpty();
            assertThat(one.scopedImpact()).isEmpty();
            assertThat(one.pos()).isEqualTo(SourcePos.at(FILE, 34, 7));
        }

        @Test
        void recordsFieldPositionsWhereWritten() {
            var positions = readGood(GOOD).positions();

            assertThat(positions.file()).isEqualTo(FILE);
            assertThat(positions.posOf("dockerImageTag")).isEqualTo(SourcePos.at(FILE, 7, 19));
            assertThat(positions.posOf("definitionId")).isEqualTo(SourcePos.at(FILE, 3, 17));
            assertThat(positions.posOf("documentationUrl")).isEqualTo(SourcePos.at(FILE, 9, 21));
            assertThat(positions.posOf("registryOverrides.cloud.dockerImageTag")).isEqualTo(SourcePos.at(FILE, 19, 23));
            assertThat(positions.posOf("registryOverrides.oss.enabled")).isEqualTo(SourcePos.at(FILE, 21, 16));
            assertThat(positions.posOf("releases.breakingChanges.2.0.0")).isEqualTo(SourcePos.at(FILE, 26, 7));
            assertThat(positions.posOf("releases.breakingChanges.1.0.0")).isEqualTo(SourcePos.at(FILE, 34, 7));
            assertThat(positions.posOf("releases.breakingChanges.2.0.0.upgradeDeadline"))
                    .isEqualTo(SourcePos.at(FILE, 28, 26));
            assertThat(positions.posOf("releases.rolloutConfiguration").line()).isEqualTo(24);
        }

        @Test
        void positionsFallBackToNearestWrittenAncestorThenData() {
            var positions = readGood(GOOD).positions();

            assertThat(positions.findPos("registryOverrides.oss.dockerImageTag")).isEmpty();
            assertThat(positions.posOf("registryOverrides.oss.dockerImageTag"))
                    .isEqualTo(positions.posOf("registryOverrides.oss"));
            assertThat(positions.posOf("releases.breakingChanges.1.0.0.migrationDocumentationUrl"))
                    .isEqualTo(SourcePos.at(FILE, 34, 7));
            // an unwritten top-level field blames the data mapping, which starts at its first key
            assertThat(positions.posOf("allowedHosts")).isEqualTo(SourcePos.at(FILE, 2, 3));
        }

        @Test
        void optionalFieldsDefaultWhenAbsent() {
            String minimal = """
                    data:
                      name: Minimal
                      definitionId: 5e9c2a71-3b4d-4f8e-9a10-7c6b5d4e3f21
                      connectorType: destination
                      connectorSubtype: vectorstore
                      dockerRepository: fictive/destination-minimal
                      dockerImageTag: "0.0.1"
                      license: MIT
                      documentationUrl: http://docs.example.org/integrations/destinations/minimal
                      githubIssueLabel: destination-minimal
                      releaseStage: generally_available
                    """;
            Metadata m = readGood(minimal);

            assertThat(m.connectorType()).isEqualTo(ConnectorType.DESTINATION);
            assertThat(m.connectorSubtype()).isEqualTo(ConnectorSubtype.VECTORSTORE);
            assertThat(m.releaseStage()).isEqualTo(ReleaseStage.GENERALLY_AVAILABLE);
            assertThat(m.supportLevel()).isEqualTo(SupportLevel.COMMUNITY);
            assertThat(m.tags()).isEmpty();
            assertThat(m.icon()).isEmpty();
            assertThat(m.registryOverrides()).isEmpty();
            assertThat(m.breakingChanges()).isEmpty();
            assertThat(m.rolloutConfigured()).isFalse();
        }

        @Test
        void emptyBreakingChangesListMeansNone() {
            String text = GOOD.substring(0, GOOD.indexOf("    breakingChanges:"))
                    + "    breakingChanges: []\n"
                    + GOOD.substring(GOOD.indexOf("  unknownThing:"));
            Metadata m = readGood(text);

            assertThat(m.breakingChanges()).isEmpty();
            assertThat(m.rolloutConfigured()).isTrue();
        }

        @Test
        void unknownKeysAreIgnored() {
            String text = replaceOnce(GOOD, "  license: MIT\n", """
                      license: MIT
                      allowedHosts:
                        hosts:
                          - api.otterline.example
                      ab_internal: {sl: 200, ql: 400}
                      someFutureFlag: true
                    """) + "anotherTopLevel: [1, 2]\n";
            Metadata m = readGood(text);

            assertThat(m.license()).isEqualTo("MIT");
            assertThat(m.githubIssueLabel()).isEqualTo("source-otterline");
        }

        @Test
        void byteOrderMarkIsAccepted() {
            Metadata m = readGood("\uFEFF" + GOOD);

            assertThat(m.name()).isEqualTo("Otterline");
            assertThat(m.positions().posOf("dockerImageTag")).isEqualTo(SourcePos.at(FILE, 7, 19));
        }

        @Test
        void crlfLineEndingsKeepPositions() {
            Metadata m = readGood(GOOD.replace("\n", "\r\n"));

            assertThat(m.dockerImageTag()).isEqualTo("2.1.0");
            assertThat(m.breakingChanges().get(0).message()).isEqualTo("The ripples stream is keyed by id.");
            assertThat(m.positions().posOf("dockerImageTag")).isEqualTo(SourcePos.at(FILE, 7, 19));
            assertThat(m.positions().posOf("registryOverrides.cloud.dockerImageTag"))
                    .isEqualTo(SourcePos.at(FILE, 19, 23));
            assertThat(m.breakingChanges().get(0).pos()).isEqualTo(SourcePos.at(FILE, 26, 7));
        }
    }

    @Nested
    class MalformedYaml {

        @Test
        void badIndentationIsOneDiagnosticAtItsLine() {
            String text = replaceOnce(GOOD, "  connectorSubtype: api\n", "    connectorSubtype: api\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(5);
            assertThat(d.pos().column()).isGreaterThan(0);
            assertThat(d.message()).containsIgnoringCase("yaml");
        }

        @Test
        void outdentedKeyIsOneDiagnosticAtItsLine() {
            String text = replaceOnce(GOOD, "  license: MIT\n", " license: MIT\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(8);
        }

        @Test
        void unclosedQuoteIsOneDiagnosticAtTheQuotedLine() {
            String text = "data:\n  name: Otterline\n  dockerImageTag: \"2.1.0\n  license: MIT\n";
            Diagnostic d = onlyFatalDiagnostic(text);

            // the line of the opening quote, not the end of the file where the scanner gave up
            assertThat(d.pos().line()).isEqualTo(3);
            assertThat(d.pos().column()).isBetween(3, 19);
            assertThat(d.message()).contains("quoted scalar");
        }

        @Test
        void duplicateKeyBlamesTheSecondKeyAndNamesTheFirstLine() {
            String text = replaceOnce(GOOD, "  license: MIT\n", "  license: MIT\n  name: Again\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 9, 3));
            assertThat(d.message()).contains("'name'").contains("line 2");
        }

        @Test
        void duplicateNestedKeyIsReported() {
            String text = replaceOnce(GOOD, "      enabled: false\n", "      enabled: false\n      enabled: true\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(22);
            assertThat(d.message()).contains("'enabled'").contains("line 21");
        }
    }

    @Nested
    class WrongShape {

        @ParameterizedTest
        @ValueSource(strings = {"", "   \n\n", "# only a comment\n"})
        void emptyFileIsInvalid(String text) {
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(1);
            assertThat(d.message()).contains("'data:'").contains("empty");
        }

        @Test
        void listRootIsInvalid() {
            Diagnostic d = onlyFatalDiagnostic("- name: Otterline\n- dockerImageTag: 1.0.0\n");

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 1, 1));
            assertThat(d.message()).contains("mapping").contains("a list");
        }

        @Test
        void scalarRootIsInvalid() {
            Diagnostic d = onlyFatalDiagnostic("just some text\n");

            assertThat(d.message()).contains("mapping").contains("a string");
        }

        @Test
        void missingDataKeyIsInvalid() {
            Diagnostic d = onlyFatalDiagnostic("metadataSpecVersion: \"1.0\"\nname: Otterline\n");

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 1, 1));
            assertThat(d.message()).contains("'data:'").contains("missing");
        }

        @Test
        void dataThatIsNotAMappingIsInvalid() {
            Diagnostic d = onlyFatalDiagnostic("data: 42\n");

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 1, 7));
            assertThat(d.message()).contains("mapping").contains("a number");
        }

        @Test
        void dataThatIsNotAMappingIsNamedInTheMessage() {
            Diagnostic d = onlyFatalDiagnostic("data: 42\n");

            assertThat(d.message()).contains("'data'");
        }
    }

    @Nested
    class InvalidFields {

        @Test
        void missingDockerImageTagIsReportedAtTheDataMapping() {
            String text = replaceOnce(GOOD, "  dockerImageTag: 2.1.0\n", "");
            Diagnostic d = onlyFatalDiagnostic(text);

            // the data mapping starts at its first key, line 2 column 3
            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 2, 3));
            assertThat(d.message()).contains("'dockerImageTag'").contains("missing");
            assertThat(d.hint()).contains("dockerImageTag:");
        }

        @Test
        void emptyRequiredValueIsInvalid() {
            String text = replaceOnce(GOOD, "  dockerImageTag: 2.1.0\n", "  dockerImageTag: \"  \"\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 7, 19));
            assertThat(d.message()).contains("'dockerImageTag'").contains("non-empty string");
        }

        @Test
        void tagsAsAStringIsInvalid() {
            String text = replaceOnce(GOOD, "  tags:\n    - language:java\n    - cdk:low-code\n",
                    "  tags: language:java\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 13, 9));
            assertThat(d.message()).contains("'tags'").contains("list").contains("a string");
        }

        @Test
        void tagItemThatIsAMappingIsInvalid() {
            String text = replaceOnce(GOOD, "    - cdk:low-code\n", "    - cdk: low-code\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(15);
            assertThat(d.message()).contains("tags").contains("a mapping");
        }

        @Test
        void registryEnabledAsQuotedStringIsInvalid() {
            String text = replaceOnce(GOOD, "      enabled: false\n", "      enabled: \"yes\"\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 21, 16));
            assertThat(d.message()).contains("'registryOverrides.oss.enabled'").contains("true or false");
        }

        @Test
        void registryWithoutEnabledIsInvalid() {
            String text = replaceOnce(GOOD, "      enabled: true\n      dockerImageTag: 2.0.3\n",
                    "      dockerImageTag: 2.0.3\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(18);
            assertThat(d.message()).contains("'registryOverrides.cloud.enabled'").contains("missing");
        }

        @Test
        void breakingChangeValueAsAStringIsInvalid() {
            String text = GOOD.substring(0, GOOD.indexOf("      2.0.0:"))
                    + "      2.0.0: \"streams changed\"\n"
                    + GOOD.substring(GOOD.indexOf("      1.0.0:"));
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 26, 14));
            assertThat(d.message()).contains("'releases.breakingChanges.2.0.0'").contains("mapping");
        }

        @Test
        void breakingChangeWithoutMessageIsInvalid() {
            String text = replaceOnce(GOOD, "        message: First rewrite.\n", "");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(35);
            assertThat(d.message()).contains("'releases.breakingChanges.1.0.0.message'").contains("missing");
        }

        @Test
        void scopedImpactAsAStringIsInvalid() {
            String text = replaceOnce(GOOD,
                    "        scopedImpact:\n          - scopeType: stream\n            impactedScopes: [\"ripples\", \"currents\"]\n",
                    "        scopedImpact: ripples\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 31, 23));
            assertThat(d.message()).contains("'releases.breakingChanges.2.0.0.scopedImpact'").contains("list");
        }

        @Test
        void unknownConnectorTypeListsAllowedValuesInHint() {
            String text = replaceOnce(GOOD, "  connectorType: source\n", "  connectorType: sink\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 4, 18));
            assertThat(d.message()).contains("'connectorType'").contains("'sink'");
            assertThat(d.hint()).contains("source").contains("destination");
        }

        @Test
        void unknownReleaseStageListsAllowedValuesInHint() {
            String text = replaceOnce(GOOD, "  releaseStage: beta\n", "  releaseStage: stable\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(11);
            assertThat(d.hint()).contains("alpha", "beta", "generally_available", "custom");
        }

        @Test
        void unknownSupportLevelIsInvalid() {
            String text = replaceOnce(GOOD, "  supportLevel: certified\n", "  supportLevel: gold\n");
            Diagnostic d = onlyFatalDiagnostic(text);

            assertThat(d.pos().line()).isEqualTo(12);
            assertThat(d.hint()).contains("community", "certified", "archived");
        }

        @Test
        void nonUuidDefinitionIdIsReportedButMetadataStillLoads() {
            String text = replaceOnce(GOOD, "5e9c2a71-3b4d-4f8e-9a10-7c6b5d4e3f21", "otterline-1");
            MetadataReader.Result r = read(text);

            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(RULE);
                assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 3, 17));
                assertThat(d.message()).contains("'definitionId'").contains("UUID").contains("otterline-1");
            });
            assertThat(r.metadata()).isPresent();
            assertThat(r.metadata().orElseThrow().definitionId()).isEqualTo("otterline-1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"docs/otterline", "ftp://docs.example.org/otterline", "https:///no-host",
                "mailto:docs@example.org"})
        void nonHttpDocumentationUrlIsReportedButMetadataStillLoads(String url) {
            String text = replaceOnce(GOOD, "https://docs.example.org/integrations/sources/otterline\n", url + "\n");
            MetadataReader.Result r = read(text);

            assertThat(r.diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(RULE);
                assertThat(d.pos()).isEqualTo(SourcePos.at(FILE, 9, 21));
                assertThat(d.message()).contains("'documentationUrl'").contains("http");
            });
            assertThat(r.metadata().map(Metadata::documentationUrl)).contains(url);
        }

        @Test
        void everyProblemOfAFileIsReported() {
            String text = replaceOnce(GOOD, "  connectorType: source\n", "  connectorType: sink\n");
            text = replaceOnce(text, "  license: MIT\n", "");
            text = replaceOnce(text, "5e9c2a71-3b4d-4f8e-9a10-7c6b5d4e3f21", "otterline-1");
            text = replaceOnce(text, "      enabled: false\n", "      enabled: \"yes\"\n");
            MetadataReader.Result r = read(text);

            assertThat(r.metadata()).isEmpty();
            assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.rule()).isEqualTo(RULE));
            assertThat(r.diagnostics()).extracting(Diagnostic::message).hasSize(4).anySatisfy(
                    m -> assertThat(m).contains("'connectorType'").contains("'sink'")).anySatisfy(
                    m -> assertThat(m).contains("'license'").contains("missing")).anySatisfy(
                    m -> assertThat(m).contains("'definitionId'").contains("UUID")).anySatisfy(
                    m -> assertThat(m).contains("'registryOverrides.oss.enabled'"));
            assertThat(r.diagnostics()).extracting(d -> d.pos().line()).containsExactlyInAnyOrder(4, 2, 3, 20);
        }

        @Test
        void optionalFieldWrittenAsTildeIsAbsent() {
            String text = replaceOnce(GOOD, "  supportLevel: certified\n", "  supportLevel: ~\n");
            text = replaceOnce(text, "  icon: otter.svg\n", "  icon: null\n");
            Metadata m = readGood(text);

            assertThat(m.supportLevel()).isEqualTo(SupportLevel.COMMUNITY);
            assertThat(m.icon()).isEqualTo(Optional.empty());
        }

        @Test
        void optionalFieldWithEmptyValueIsAbsent() {
            String text = replaceOnce(GOOD, "  supportLevel: certified\n", "  supportLevel:\n");
            text = replaceOnce(text, "  icon: otter.svg\n", "  icon:\n");
            Metadata m = readGood(text);

            assertThat(m.supportLevel()).isEqualTo(SupportLevel.COMMUNITY);
            assertThat(m.icon()).isEmpty();
        }
    }
}
