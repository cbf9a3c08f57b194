package dev.sitegen.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the markdown pipeline (limits, flexmark with the MDX extensions, link rewriting). Seeds and
 * findings: {@code MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void fuzzMarkdown(byte[] input) {
        FuzzTargets.checkMarkdown(input);
    }
}
