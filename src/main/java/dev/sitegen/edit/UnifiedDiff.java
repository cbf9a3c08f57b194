package dev.sitegen.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based unified diff of one file, as {@code diff -u} and {@code git diff} print it: {@code ---
 * a/<file>} / {@code +++ b/<file>} (a new file comes from {@code /dev/null}), hunks with three lines of
 * context, and {@code \ No newline at end of file} where a printed line has no terminator. Lines are
 * matched by a longest common subsequence after trimming the common head and tail, which is cheap for
 * the few lines a bump changes. Lines differing only in their ending ({@code \r\n}) count as changed.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** One step of the edit script: {@code ' '} keep, {@code '-'} delete, {@code '+'} insert. */
    private record Op(char kind, String line) {
    }

    static String formatChange(FileChange change) {
        List<String> before = change.before().map(UnifiedDiff::splitForDiff).orElse(List.of());
        List<String> after = splitForDiff(change.after());
        List<Op> ops = diffLines(before, after);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(change.isNew() ? "/dev/null" : "a/" + change.file()).append('\n');
        out.append("+++ b/").append(change.file()).append('\n');
        int k = 0;
        while ((k = findChange(ops, k)) >= 0) {
            int from = Math.max(0, k - CONTEXT);
            int to = findHunkEnd(ops, k);
            appendHunk(out, ops, from, to);
            k = to;
        }
        return out.toString();
    }

    private static List<String> splitForDiff(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return TextLines.splitLines(body).rawLines();
    }

    private static List<Op> diffLines(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        a.subList(0, head).forEach(l -> ops.add(new Op(' ', l)));
        ops.addAll(diffMiddle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail)));
        a.subList(a.size() - tail, a.size()).forEach(l -> ops.add(new Op(' ', l)));
        return ops;
    }

    /** Longest common subsequence by dynamic programming; deletions before insertions at each step. */
    private static List<Op> diffMiddle(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Op> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i++)));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        return ops;
    }

    private static int findChange(List<Op> ops, int from) {
        for (int k = from; k < ops.size(); k++) {
            if (ops.get(k).kind() != ' ') {
                return k;
            }
        }
        return -1;
    }

    /** The index after the hunk that starts with the change at {@code first}: changes closer than twice the context join it. */
    private static int findHunkEnd(List<Op> ops, int first) {
        int last = first;
        int next = findChange(ops, first + 1);
        while (next >= 0 && next - last <= 2 * CONTEXT) {
            last = next;
            next = findChange(ops, next + 1);
        }
        return Math.min(ops.size(), last + CONTEXT + 1);
    }

    private static void appendHunk(StringBuilder out, List<Op> ops, int from, int to) {
        int oldBefore = countLines(ops.subList(0, from), '-');
        int newBefore = countLines(ops.subList(0, from), '+');
        List<Op> hunk = ops.subList(from, to);
        out.append("@@ -").append(formatRange(oldBefore, countLines(hunk, '-')))
                .append(" +").append(formatRange(newBefore, countLines(hunk, '+'))).append(" @@\n");
        for (Op op : hunk) {
            String terminator = TextLines.terminatorOf(op.line());
            out.append(op.kind()).append(op.line(), 0, op.line().length() - terminator.length()).append('\n');
            if (terminator.isEmpty()) {
                out.append("\\ No newline at end of file\n");
            }
        }
    }

    /** Lines of one side: kept lines plus the side's own ({@code '-'} for old, {@code '+'} for new). */
    private static int countLines(List<Op> ops, char side) {
        return (int) ops.stream().filter(op -> op.kind() == ' ' || op.kind() == side).count();
    }

    /** {@code start,count} as diff prints it: 1-based start, {@code ,count} left out when it is 1. */
    private static String formatRange(int before, int count) {
        if (count == 0) {
            return before + ",0";
        }
        return count == 1 ? String.valueOf(before + 1) : (before + 1) + "," + count;
    }
}
