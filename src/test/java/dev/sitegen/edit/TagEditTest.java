package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagEditTest {

    private final List<String> problems = new ArrayList<>();

    private String setTag(String yaml, int line, int column, String old) {
        TextLines lines = TextLines.splitLines(yaml);
        TagEdit.setTag(lines, SourcePos.at("m.yaml", line, column), old, "1.3.0", problems);
        return lines.joinLines();
    }

    @Test
    void replacesOnlyTheValueKeepingQuotesAndComments() {
        assertThat(setTag("data:\n  dockerImageTag: 1.2.3\n", 2, 19, "1.2.3")).isEqualTo("data:\n  dockerImageTag: 1.3.0\n");
        assertThat(setTag("data:\r\n  dockerImageTag:  \"1.2.3\" # pinned\r\n", 2, 20, "1.2.3"))
                .isEqualTo("data:\r\n  dockerImageTag:  \"1.3.0\" # pinned\r\n");
        assertThat(setTag("data:\n  dockerImageTag: '1.2.3'", 2, 19, "1.2.3")).isEqualTo("data:\n  dockerImageTag: '1.3.0'");
        assertThat(problems).isEmpty();
    }

    @Test
    void refusesWhenThePositionDoesNotHoldTheValue() {
        String flow = "data: {dockerImageTag: 1.2.3, name: A}\n";

        assertThat(setTag(flow, 1, 24, "1.2.3")).isEqualTo(flow);
        assertThat(setTag("data:\n  dockerImageTag: 1.2.3\n", 2, 19, "1.2")).isEqualTo("data:\n  dockerImageTag: 1.2.3\n");
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p).contains("set it to 1.3.0 by hand"));
    }
}
