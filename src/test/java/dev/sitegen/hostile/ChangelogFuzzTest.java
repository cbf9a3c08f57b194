package dev.sitegen.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the changelog row parser through the changelog table reader (and migration guide headings):
 * the input is the table's rows. Seeds and findings: {@code ChangelogFuzzTestInputs/}.
 */
class ChangelogFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void fuzzChangelogRows(byte[] input) {
        FuzzTargets.checkChangelog(input);
    }
}
