package dev.sitegen.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    private static String diff(String before, String after) {
        return UnifiedDiff.formatChange(new FileChange("f.txt", Path.of("f.txt"), Optional.of(before), after));
    }

    @Test
    void insertionGetsThreeLinesOfContext() {
        String before = numbered(1, 10);
        String after = before.replace("line 5\n", "line 5\nnew\n");

        assertThat(diff(before, after)).isEqualTo("""
                --- a/f.txt
                +++ b/f.txt
                @@ -3,6 +3,7 @@
                 line 3
                 line 4
                 line 5
                +new
                 line 6
                 line 7
                 line 8
                """);
    }

    @Test
    void distantChangesGetTheirOwnHunksAndCloseOnesShareOne() {
        String before = numbered(1, 30);
        String after = before.replace("line 2\n", "two\n").replace("line 20\n", "twenty\n").replace("line 25\n", "x\n");

        String out = diff(before, after);

        assertThat(out).contains("@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n");
        assertThat(out).contains("@@ -17,12 +17,12 @@\n");
        assertThat(out.lines().filter(l -> l.startsWith("@@"))).hasSize(2);
    }

    @Test
    void newFilesComeFromDevNull() {
        String out = UnifiedDiff.formatChange(new FileChange("g.md", Path.of("g.md"), Optional.empty(), "a\nb\n"));

        assertThat(out).isEqualTo("--- /dev/null\n+++ b/g.md\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    }

    @Test
    void marksALastLineWithoutNewlineAndPrintsCrlfLinesPlain() {
        assertThat(diff("a\r\nb", "a\r\nc")).isEqualTo("--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n"
                + "\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
        assertThat(diff("a\nb\n", "a\nb\n")).isEqualTo("--- a/f.txt\n+++ b/f.txt\n");
    }

    @Test
    void singleLineRangesOmitTheCount() {
        assertThat(diff("a\n", "b\n")).contains("@@ -1 +1 @@\n-a\n+b\n");
    }
}
