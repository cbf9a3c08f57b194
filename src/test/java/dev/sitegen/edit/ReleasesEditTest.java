package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding rollout configuration and breaking changes to metadata.yaml texts of many shapes. */
class ReleasesEditTest {

    private final List<String> problems = new ArrayList<>();

    private static final BreakingEntry ENTRY = new BreakingEntry("2.0.0", "Cursor changed", LocalDate.of(2027, 1, 31),
            List.of("orders"));

    private String addBreaking(String yaml) {
        TextLines lines = TextLines.splitLines(yaml);
        ReleasesEdit.addBreakingChange(lines, "m.yaml", ENTRY, problems);
        return lines.joinLines();
    }

    private String addRollout(String yaml) {
        TextLines lines = TextLines.splitLines(yaml);
        ReleasesEdit.addRollout(lines, "m.yaml", problems);
        return lines.joinLines();
    }

    @Test
    void createsReleasesAtItsSortedPlace() {
        String yaml = "data:\n  name: A\n  releaseStage: beta\n  # support\n  supportLevel: community\nmetadataSpecVersion: \"1.0\"\n";

        assertThat(addRollout(yaml)).isEqualTo("data:\n  name: A\n  releaseStage: beta\n  releases:\n"
                + "    rolloutConfiguration:\n      enableProgressiveRollout: true\n  # support\n  supportLevel: community\n"
                + "metadataSpecVersion: \"1.0\"\n");
        assertThat(problems).isEmpty();
    }

    @Test
    void createsReleasesAfterReleaseStageWhenKeysAreUnsorted() {
        String yaml = "data:\n  name: A\n  releaseStage: beta\n  license: MIT\n  tags:\n  - x\n";

        assertThat(addBreaking(yaml)).isEqualTo("data:\n  name: A\n  releaseStage: beta\n  releases:\n    breakingChanges:\n"
                + "      2.0.0:\n        message: \"Cursor changed\"\n        upgradeDeadline: \"2027-01-31\"\n"
                + "        scopedImpact:\n        - scopeType: stream\n          impactedScopes: [\"orders\"]\n"
                + "  license: MIT\n  tags:\n  - x\n");
    }

    @Test
    void appendsToAnOldestFirstListInTheFilesIndentation() {
        String yaml = "data:\n    name: A\n    releases:\n        breakingChanges:\n            1.0.0:\n"
                + "                message: Old\n                upgradeDeadline: 2024-01-01\n    tags:\n        - x\n";

        String out = addBreaking(yaml);

        assertThat(out).isEqualTo("data:\n    name: A\n    releases:\n        breakingChanges:\n            1.0.0:\n"
                + "                message: Old\n                upgradeDeadline: 2024-01-01\n            2.0.0:\n"
                + "                message: \"Cursor changed\"\n                upgradeDeadline: 2027-01-31\n"
                + "                scopedImpact:\n                    - scopeType: stream\n"
                + "                      impactedScopes: [\"orders\"]\n    tags:\n        - x\n");
    }

    @Test
    void prependsToANewestFirstListWithQuotedKeys() {
        String yaml = "data:\n  name: A\n  releases:\n    breakingChanges:\n      \"1.5.0\":\n        message: b\n"
                + "      \"1.0.0\":\n        message: a\n";

        assertThat(addBreaking(yaml)).contains("    breakingChanges:\n      \"2.0.0\":\n        message: \"Cursor changed\"\n")
                .contains("impactedScopes: [\"orders\"]\n      \"1.5.0\":\n");
    }

    @Test
    void fillsAnEmptyFlowList() {
        String yaml = "data:\n  name: A\n  releases:\n    breakingChanges: []\n  tags: []\n";

        assertThat(addBreaking(yaml)).startsWith("data:\n  name: A\n  releases:\n    breakingChanges:\n      2.0.0:\n")
                .endsWith("          impactedScopes: [\"orders\"]\n  tags: []\n");
    }

    @Test
    void addsBreakingChangesAfterTheRolloutAndRolloutFirst() {
        String yaml = "data:\n  name: A\n  releases:\n    rolloutConfiguration:\n      enableProgressiveRollout: true\n";

        assertThat(addBreaking(yaml)).isEqualTo(yaml + "    breakingChanges:\n      2.0.0:\n        message: \"Cursor changed\"\n"
                + "        upgradeDeadline: \"2027-01-31\"\n        scopedImpact:\n          - scopeType: stream\n"
                + "            impactedScopes: [\"orders\"]\n");
        String withChanges = "data:\n  name: A\n  releases:\n    breakingChanges:\n      1.0.0:\n        message: a\n";
        assertThat(addRollout(withChanges)).isEqualTo("data:\n  name: A\n  releases:\n    rolloutConfiguration:\n"
                + "      enableProgressiveRollout: true\n    breakingChanges:\n      1.0.0:\n        message: a\n");
    }

    @Test
    void keepsCrlfAndSingleQuotedMessages() {
        String yaml = "data:\r\n  name: A\r\n  releases:\r\n    breakingChanges:\r\n      1.0.0:\r\n"
                + "        message: 'It''s old'\r\n        upgradeDeadline: '2024-01-01'\r\n";

        String out = addBreaking(yaml);

        assertThat(out).startsWith(yaml).contains("        message: 'Cursor changed'\r\n        upgradeDeadline: '2027-01-31'\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void refusesInlineReleases() {
        String yaml = "data:\n  name: A\n  releases: {breakingChanges: {1.0.0: {message: a}}}\n";

        assertThat(addBreaking(yaml)).isEqualTo(yaml);
        assertThat(problems).singleElement().asString().contains("m.yaml:3: 'releases:' is written inline");
    }
}
