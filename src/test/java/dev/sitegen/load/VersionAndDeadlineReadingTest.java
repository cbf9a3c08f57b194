package dev.sitegen.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.BreakingChange;
import dev.sitegen.model.Deadline;
import dev.sitegen.model.Metadata;
import dev.sitegen.model.SourcePos;
import dev.sitegen.model.Version;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.semver4j.Semver;

/**
 * Versions and deadlines are read once, when metadata.yaml is loaded, into values that keep the text
 * as written and the position of the value: what the checks quote and blame, and the pages show.
 */
class VersionAndDeadlineReadingTest {

    private static final String FILE = "connectors/source-heron/metadata.yaml";

    /** Line numbers and columns in the comments are what the tests assert. */
    private static final String METADATA = """
            data:
              name: Heron
              definitionId: 0b0f4c4e-1d7a-4a8e-9a51-2f1f6c0e7a11
              connectorType: source
              connectorSubtype: api
              dockerRepository: fictive/source-heron
              dockerImageTag: "`3.7.2-rc.1`"
              license: MIT
              documentationUrl: https://docs.example.org/integrations/sources/heron
              githubIssueLabel: source-heron
              releaseStage: beta
              registryOverrides:
                cloud:
                  enabled: true
                  dockerImageTag: v3.0.0
              releases:
                breakingChanges:
                  3.0.0:
                    message: Quoted.
                    upgradeDeadline: "2025-01-31"
                  2.0.0:
                    message: Unquoted YAML date.
                    upgradeDeadline:   2024-03-15
                  1.0.0:
                    message: Garbage.
                    upgradeDeadline: 14/07/2024
                  "0.5":
                    message: No deadline, no SemVer.
            """;
    // line 7:  dockerImageTag value (its opening quote) at column 19
    // line 15: registry pin value at column 23
    // lines 18, 21, 24, 27: breaking change keys at column 7
    // lines 20, 23, 26: deadline values at columns 26, 28 and 26

    private static Metadata read() {
        MetadataReader.Result r = MetadataReader.readMetadata("source-heron", FILE, METADATA);
        assertThat(r.diagnostics()).isEmpty();
        return r.metadata().orElseThrow();
    }

    private static Deadline deadline(String raw, Optional<LocalDate> date, int line, int column) {
        return new Deadline(raw, date, SourcePos.at(FILE, line, column));
    }

    @Test
    void readsTheImageTagOnceKeepingItsText() {
        Metadata m = read();

        assertThat(m.dockerImageTag()).isEqualTo("`3.7.2-rc.1`");
        assertThat(m.imageTag().semver()).contains(new Semver("3.7.2-rc.1"));
        assertThat(m.imageTag().pos()).isEqualTo(SourcePos.at(FILE, 7, 19));
    }

    @Test
    void readsARegistryPinThatIsNoSemverAsWritten() {
        Version pin = read().findRegistryOverride("cloud").orElseThrow().imageTag().orElseThrow();

        assertThat(pin).isEqualTo(new Version("v3.0.0", Optional.empty(), SourcePos.at(FILE, 15, 23)));
    }

    @Test
    void readsBreakingChangeKeysAsVersionsAtTheirKeys() {
        Metadata m = read();

        assertThat(m.breakingChanges()).extracting(BreakingChange::version).containsExactly(
                new Version("3.0.0", Optional.of(new Semver("3.0.0")), SourcePos.at(FILE, 18, 7)),
                new Version("2.0.0", Optional.of(new Semver("2.0.0")), SourcePos.at(FILE, 21, 7)),
                new Version("1.0.0", Optional.of(new Semver("1.0.0")), SourcePos.at(FILE, 24, 7)),
                new Version("0.5", Optional.empty(), SourcePos.at(FILE, 27, 7)));
    }

    @Test
    void readsQuotedUnquotedAndGarbageDeadlinesAtTheirValues() {
        Metadata m = read();

        assertThat(m.breakingChanges()).extracting(BreakingChange::upgradeDeadline).containsExactly(
                Optional.of(deadline("2025-01-31", Optional.of(LocalDate.of(2025, 1, 31)), 20, 26)),
                Optional.of(deadline("2024-03-15", Optional.of(LocalDate.of(2024, 3, 15)), 23, 28)),
                Optional.of(deadline("14/07/2024", Optional.empty(), 26, 26)),
                Optional.empty());
    }
}
