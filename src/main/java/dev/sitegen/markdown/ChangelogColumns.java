package dev.sitegen.markdown;

import java.util.List;
import java.util.Locale;

/**
 * Which cell of a changelog row holds what, found from the header by name (case-insensitive:
 * {@code Version}, {@code Date}, {@code Pull Request} or {@code PR}, {@code Subject}), falling
 * back to the usual position {@code | Version | Date | Pull Request | Subject |} for a column the
 * header does not name. An index of -1 means the table has no such column.
 */
record ChangelogColumns(int version, int date, int pullRequest, int subject, int count) {

    static ChangelogColumns fromHeader(List<String> header) {
        int[] found = {-1, -1, -1, -1};
        for (int i = 0; i < header.size(); i++) {
            int kind = classify(header.get(i));
            if (kind >= 0 && found[kind] < 0) {
                found[kind] = i;
            }
        }
        for (int kind = 0; kind < found.length; kind++) {
            if (found[kind] < 0 && kind < header.size() && !contains(found, kind)) {
                found[kind] = kind;
            }
        }
        return new ChangelogColumns(found[0], found[1], found[2], found[3], header.size());
    }

    /** The cell at {@code index}, or "" when the column is absent or the row is short. */
    static String findCell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** 0 version, 1 date, 2 pull request, 3 subject, -1 anything else. */
    private static int classify(String headerCell) {
        String h = headerCell.replace("*", "").replace("`", "").strip().toLowerCase(Locale.ROOT);
        if (h.contains("version")) {
            return 0;
        }
        if (h.contains("date")) {
            return 1;
        }
        if (h.contains("pull") || h.equals("pr") || h.equals("prs") || h.contains("pr link")) {
            return 2;
        }
        if (h.contains("subject") || h.contains("description") || h.contains("change") || h.contains("note")) {
            return 3;
        }
        return -1;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
