package dev.sitegen.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a multi-file unified diff, as {@code patch -p1} would, checking every context and removed
 * line against the old text. Lets the tests prove that what {@code bump --dry-run} prints is exactly
 * what {@code bump} writes. Each file keeps its own line ending, and its last line's (the bumps under
 * test never change whether a file ends with a newline).
 */
final class DiffPatcher {

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$");

    private DiffPatcher() {
    }

    /** The new text of each file the diff names; {@code readOld} gives a file's old text ("" for a new file). */
    static Map<String, String> applyDiff(String diff, Function<String, String> readOld) {
        Map<String, String> out = new TreeMap<>();
        List<String> lines = List.of(diff.split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("--- ")) {
                i++;
                continue;
            }
            String file = lines.get(i + 1).substring("+++ b/".length());
            boolean created = lines.get(i).equals("--- /dev/null");
            String old = created ? "" : readOld.apply(file);
            i += 2;
            int end = i;
            while (end < lines.size() && !lines.get(end).startsWith("--- ")) {
                end++;
            }
            out.put(file, patchFile(old, lines.subList(i, end)));
            i = end;
        }
        return out;
    }

    private static String patchFile(String old, List<String> hunks) {
        String newline = old.contains("\r\n") ? "\r\n" : "\n";
        String unix = old.replace("\r\n", "\n");
        boolean closed = unix.isEmpty() || unix.endsWith("\n");
        List<String> oldLines = unix.isEmpty() ? List.of()
                : List.of((closed ? unix.substring(0, unix.length() - 1) : unix).split("\n", -1));
        List<String> result = new ArrayList<>();
        int next = 0;
        for (String line : hunks) {
            Matcher m = HUNK.matcher(line);
            if (m.matches()) {
                int start = Integer.parseInt(m.group(1));
                int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int copyTo = count == 0 ? start : start - 1;
                result.addAll(oldLines.subList(next, copyTo));
                next = copyTo;
            } else if (line.startsWith(" ") || line.startsWith("-")) {
                if (!oldLines.get(next).equals(line.substring(1))) {
                    throw new AssertionError("diff line '" + line + "' does not match old line " + (next + 1)
                            + ": '" + oldLines.get(next) + "'");
                }
                if (line.startsWith(" ")) {
                    result.add(line.substring(1));
                }
                next++;
            } else if (line.startsWith("+")) {
                result.add(line.substring(1));
            } else if (!line.isEmpty() && !line.startsWith("\\")) {
                throw new AssertionError("unexpected diff line: " + line);
            }
        }
        result.addAll(oldLines.subList(next, oldLines.size()));
        return String.join(newline, result) + (closed ? newline : "");
    }
}
