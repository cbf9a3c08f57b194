package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sitegen.load.MetadataReader;
import dev.sitegen.model.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of broken or hostile {@code metadata.yaml} gives {@code metadata-invalid} at a line and
 * column, quickly, and never an exception: syntax errors, duplicate keys, roots that are no mapping,
 * empty files, alias bombs, deep nesting, oversized text, several documents, and a wrong type in
 * every field the site reads.
 */
class HostileYamlTest {

    private static final String FILE = "connectors/source-hostile/metadata.yaml";
    private static final Duration FAST = Duration.ofSeconds(5);

    /** A valid file with every field the reader reads, one per line, so a test can break exactly one. */
    static final String FULL = """
            data:
              name: Hostile
              definitionId: 3f2b9c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b
              connectorType: source
              connectorSubtype: api
              dockerRepository: fixture/source-hostile
              dockerImageTag: 2.0.0
              license: MIT
              documentationUrl: https://docs.example.org/integrations/sources/hostile
              githubIssueLabel: source-hostile
              releaseStage: alpha
              supportLevel: community
              icon: icon.svg
              tags:
                - language:java
              registryOverrides:
                cloud:
                  enabled: true
                  dockerImageTag: 1.9.0
              releases:
                rolloutConfiguration:
                  enableProgressiveRollout: false
                breakingChanges:
                  2.0.0:
                    message: Streams renamed.
                    upgradeDeadline: 2030-01-01
                    migrationDocumentationUrl: https://docs.example.org/x
                    deadlineAction: auto_upgrade
                    scopedImpact:
                      - scopeType: stream
                        impactedScopes:
                          - orders
            """;

    private static MetadataReader.Result read(String text) {
        return MetadataReader.readMetadata("source-hostile", FILE, text);
    }

    private static String aliasBomb() {
        List<String> lines = new ArrayList<>(List.of("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"));
        for (int i = 1; i <= 20; i++) {
            lines.add("a" + i + ": &a" + i + " [" + String.join(", ", Collections.nCopies(10, "*a" + (i - 1))) + "]");
        }
        return String.join("\n", lines) + "\n";
    }

    static Stream<Arguments> brokenFiles() {
        StringBuilder deepMaps = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deepMaps.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return Stream.of(
                Arguments.of("syntax error", "data:\n  name: a\n    bad: b\n", 3),
                Arguments.of("unclosed quote", "data:\n  name: \"open\n  license: MIT\n", 2),
                Arguments.of("tab indentation", "data:\n\tname: a\n", 2),
                Arguments.of("duplicate key", FULL.replace("  license: MIT\n", "  license: MIT\n  name: Twice\n"), 9),
                Arguments.of("list root", "- data\n- more\n", 1),
                Arguments.of("scalar root", "just text\n", 1),
                Arguments.of("empty file", "", 1),
                Arguments.of("only a comment", "# nothing here\n", 1),
                Arguments.of("empty data", "data:\nother: 1\n", 1),
                Arguments.of("data is a list", "data:\n  - name\n", 2),
                Arguments.of("alias bomb", aliasBomb(), 2),
                Arguments.of("plain alias", FULL.replace("  license: MIT", "  license: &l MIT\n  tags2: *l"), 9),
                Arguments.of("deep mappings", deepMaps.toString(), 64),
                Arguments.of("deep flow lists", "[".repeat(100_000) + "]".repeat(100_000), 1),
                Arguments.of("second document", FULL + "---\ndata:\n  name: Other\n", 34),
                Arguments.of("huge single string", "data:\n  name: \"" + "x".repeat(300_000) + "\"\n", 1),
                Arguments.of("yaml tags", "data: !!python/object:os.system [\"echo pwned\"]\n", 1),
                Arguments.of("binary garbage", "\u0000\u0001\u0002data:\u0007\n", 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsMetadataInvalidAtAPosition(String name, String text, int line) {
        MetadataReader.Result result = assertTimeoutPreemptively(FAST, () -> read(text));

        assertThat(result.metadata()).as(name).isEmpty();
        assertThat(result.diagnostics()).as(name).isNotEmpty().allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("metadata-invalid");
            assertThat(d.pos().file()).isEqualTo(FILE);
            assertThat(d.pos().hasLine()).as("%s: %s", name, d).isTrue();
            assertThat(d.message()).isNotBlank().hasSizeLessThan(1_000);
        });
        if (!name.startsWith("deep")) {
            assertThat(result.diagnostics().get(0).pos().line()).as(name).isEqualTo(line);
        } else {
            assertThat(result.diagnostics().get(0).pos().line()).as(name).isBetween(1, line + 2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVariants")
    void bomCrlfAndQuotingStillLoad(String name, String text) {
        MetadataReader.Result result = read(text);

        assertThat(result.diagnostics()).as(name).isEmpty();
        assertThat(result.metadata()).as(name).hasValueSatisfying(m -> {
            assertThat(m.name()).isEqualTo("Hostile");
            assertThat(m.positions().posOf("dockerImageTag").line()).isEqualTo(7);
        });
    }

    static Stream<Arguments> validVariants() {
        return Stream.of(Arguments.of("as written", FULL), Arguments.of("CRLF", FULL.replace("\n", "\r\n")),
                Arguments.of("CR only", FULL.replace("\n", "\r")),
                Arguments.of("comments everywhere", FULL.replace("\n", " # note\n").replace("data: # note", "data:")));
    }

    /** Each field line of {@link #FULL}: key, line, and values of the wrong type for it. */
    static Stream<Arguments> wrongTypes() {
        List<Arguments> out = new ArrayList<>();
        String[] lines = FULL.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon < 0 || line.strip().startsWith("-")) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            boolean hasValue = colon < line.length() - 1;
            boolean optional = List.of("rolloutConfiguration", "enableProgressiveRollout", "deadlineAction",
                    "migrationDocumentationUrl", "upgradeDeadline", "dockerImageTag").contains(key)
                    && !line.startsWith("  dockerImageTag");
            List<String> wrong = hasValue ? List.of("{bad: map}", "[bad, list]") : List.of("[bad, list]", "text");
            for (String value : wrong) {
                if (key.equals("impactedScopes") || key.equals("tags")) {
                    value = "{bad: map}";
                }
                if (optional || key.equals("enableProgressiveRollout") || key.equals("rolloutConfiguration")) {
                    continue;
                }
                out.add(Arguments.of(key + " as " + value, i + 1, replaceLine(lines, i, value)));
            }
        }
        return out.stream();
    }

    private static String replaceLine(String[] lines, int index, String value) {
        List<String> copy = new ArrayList<>(List.of(lines));
        String line = lines[index];
        int colon = line.indexOf(':');
        copy.set(index, line.substring(0, colon + 1) + " " + value);
        // drop the children of a replaced mapping or list
        int indent = line.length() - line.stripLeading().length();
        while (index + 1 < copy.size() && copy.get(index + 1).length() - copy.get(index + 1).stripLeading().length() > indent) {
            copy.remove(index + 1);
        }
        return String.join("\n", copy) + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongTypes")
    void wrongTypeInAnyFieldIsReportedAtThatLine(String name, int line, String text) {
        MetadataReader.Result result = read(text);

        assertThat(result.diagnostics()).as(name).extracting(Diagnostic::rule).containsOnly("metadata-invalid");
        assertThat(result.diagnostics()).as(name + "\n" + text)
                .anySatisfy(d -> assertThat(d.pos().line()).isEqualTo(line));
    }
}
