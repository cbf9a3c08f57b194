package dev.sitegen.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short fuzzing run of {@code mvn verify}: each fuzz target gets a fixed number of inputs mutated
 * from its seeds and saved findings with a fixed random seed (same inputs every run, a few seconds in
 * all). Jazzer's coverage-guided runs ({@code JAZZER_FUZZ=1}) go much further; this keeps the targets'
 * properties checked on every build.
 */
class FuzzSmokeTest {

    private static final int RUNS = 400;
    private static final String[] TOKENS = {"\n", "  ", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "|", ">", "---\n",
        ":::note\n", ":::\n", "<details>\n", "</details>\n", "`", "```\n", "<!-- env:oss -->\n", "\"", "'", "#", "\t",
        "](", "<script>", "\uFFFD", "\r\n", "data:\n", "  name: ", "| 1.0.0 | 2024-01-01 | [1](x) | s |\n"};

    static Stream<Arguments> targets() {
        return Stream.of(
                Arguments.of("MetadataFuzzTestInputs/fuzzMetadata", (Consumer<byte[]>) FuzzTargets::checkMetadata),
                Arguments.of("ChangelogFuzzTestInputs/fuzzChangelogRows", (Consumer<byte[]>) FuzzTargets::checkChangelog),
                Arguments.of("MarkdownFuzzTestInputs/fuzzMarkdown", (Consumer<byte[]>) FuzzTargets::checkMarkdown));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void mutatedSeedsKeepTheTargetsProperties(String inputs, Consumer<byte[]> target) throws IOException {
        List<byte[]> seeds = readSeeds(inputs);
        Random random = new Random(20_26);
        for (byte[] seed : seeds) {
            target.accept(seed);
        }
        for (int i = 0; i < RUNS; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                target.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("run " + i + " failed on input (Base64) "
                        + java.util.Base64.getEncoder().encodeToString(input), e);
            }
        }
    }

    private static List<byte[]> readSeeds(String inputs) throws IOException {
        Path dir = HostileSites.projectDir().resolve("src/test/resources/dev/sitegen/hostile").resolve(inputs);
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.readAllBytes(f));
            }
        }
        return out;
    }

    static byte[] mutate(byte[] seed, Random random) {
        String s = new String(seed, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(20)));
                case 2 -> {
                    int end = Math.min(sb.length(), at + random.nextInt(40));
                    String piece = sb.substring(at, end);
                    sb.insert(at, piece.repeat(1 + random.nextInt(30)));
                }
                case 3 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(300)));
                default -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(Math.min(at, sb.length() - 1), (char) random.nextInt(128));
                    }
                }
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes = Arrays.copyOf(bytes, bytes.length);
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x80));
        }
        return bytes;
    }
}
