package dev.sitegen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class-data archive's training run: command lines split on {@code --then}. */
class CdsTrainingTest {

    @Test
    void argumentsAreCommandLinesSeparatedByThen() {
        assertThat(CdsTraining.splitLines(new String[] {"build", "content", "--then", "--then", "check", "content",
                "--only", "x", "--then"}))
                .containsExactly(List.of("build", "content"), List.of("check", "content", "--only", "x"));
        assertThat(CdsTraining.splitLines(new String[0])).isEmpty();
    }
}
