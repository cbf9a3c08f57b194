package dev.sitegen.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the metadata loader (YAML tree reader and field validation). {@code mvn verify} replays the
 * seeds and findings in {@code src/test/resources/dev/sitegen/hostile/MetadataFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}.
 */
class MetadataFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void fuzzMetadata(byte[] input) {
        FuzzTargets.checkMetadata(input);
    }
}
