package dev.sitegen.markdown;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The code spans of one line, as CommonMark closes them: a run of backticks opens a span that the next run of the
 * same length closes; a run no such run follows is literal backticks. The runs are indexed once by length, and
 * those passed over are dropped as they are met, so stepping along a line costs its length whatever its runs
 * (a line of ever longer runs would otherwise be searched again for each).
 */
final class CodeSpans {

    private final String line;
    private final Map<Integer, ArrayDeque<Integer>> runs = new HashMap<>();

    private CodeSpans(String line) {
        this.line = line;
    }

    static CodeSpans indexLine(String line) {
        CodeSpans spans = new CodeSpans(line);
        int i = 0;
        while ((i = line.indexOf('`', i)) >= 0) {
            int length = countBackticks(line, i);
            spans.runs.computeIfAbsent(length, k -> new ArrayDeque<>()).add(i);
            i += length;
        }
        return spans;
    }

    /**
     * Past the code span opening at {@code at} (a backtick): past the run that closes it, or past the backticks
     * alone when none does. Call it in line order.
     */
    int skipSpan(int at) {
        int run = countBackticks(line, at);
        ArrayDeque<Integer> same = runs.get(run);
        while (!same.isEmpty() && same.peek() <= at) {
            same.poll();
        }
        return same.isEmpty() ? at + run : same.poll() + run;
    }

    /** How many backticks start at {@code from}. */
    static int countBackticks(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) == '`') {
            i++;
        }
        return i - from;
    }
}
