package dev.sitegen.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitegen.edit.EditTestFiles;
import dev.sitegen.testing.CliRun;
import dev.sitegen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A doc whose FieldAnchor names 9,000 fields its spec of 3,000 fields does not have: every item is a
 * {@code doc-field-unknown} finding, the closest-path search runs for the first hundred only, and the check
 * stays bounded.
 */
class HostileFieldAnchorTest {

    @TempDir
    Path tmp;

    @Test
    void nineThousandUnknownItemsAgainstAWideSpecAreEachReportedInBoundedTime() throws Exception {
        Path root = EditTestFiles.copyTree(TestPaths.fixtureSite("spec-rules"), tmp.resolve("site"));
        String properties = IntStream.range(0, 3000).mapToObj(i -> "      field_" + i + ":\n        type: string\n")
                .collect(Collectors.joining());
        Files.writeString(root.resolve("connectors/source-drift/manifest.yaml"), "streams: []\nspec:\n"
                + "  connection_specification:\n    type: object\n    properties:\n" + properties);
        String items = IntStream.range(0, 9000).mapToObj(i -> "feld_" + i + "[x].y").collect(Collectors.joining(","));
        Files.writeString(root.resolve("docs/integrations/sources/drift.md"),
                "\n<FieldAnchor field=\"" + items + "\">\nText.\n</FieldAnchor>\n", StandardOpenOption.APPEND);

        List<JsonNode> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            CliRun run = CliRun.runCli("check", root.toString(), "--format", "json", "--only", "source-drift");
            String json = run.out().substring(0, run.out().lastIndexOf('}') + 1);
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(json).get("diagnostics").forEach(d -> {
                if (d.get("rule").asText().equals("doc-field-unknown")) {
                    out.add(d);
                }
            });
            return out;
        });

        assertThat(found).hasSize(9000 + 7);
        assertThat(found).filteredOn(d -> d.get("hint").asText().startsWith("did you mean")).hasSizeLessThanOrEqualTo(100);
        assertThat(found.get(found.size() - 1).get("hint").asText())
                .isEqualTo("name a field of connectors/source-drift/manifest.yaml or remove the anchor if the field is gone");
    }
}
