package dev.sitegen.markdown;

import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one changelog table row into a {@link ChangelogEntry}: every cell kept as written, parsed
 * where it parses, and the row's shape problems (a cell count other than the header's, a
 * second delimiter row, a header without its delimiter row) recorded rather than thrown.
 */
final class ChangelogRowParser {

    private ChangelogRowParser() {
    }

    /** The entry for a row; {@code tableProblem} is a problem of the whole table to report on this row. */
    static ChangelogEntry parseRow(List<String> cells, ChangelogColumns columns, SourcePos pos,
                                   SourcePos subjectPos, Optional<String> tableProblem) {
        String rawVersion = ChangelogValues.shareCell(ChangelogColumns.findCell(cells, columns.version()));
        String rawDate = ChangelogValues.shareCell(ChangelogColumns.findCell(cells, columns.date()));
        String rawPullRequest = ChangelogColumns.findCell(cells, columns.pullRequest());
        ChangelogPullRequests.PullRequest pr = ChangelogPullRequests.parsePullRequest(rawPullRequest);
        return new ChangelogEntry(rawVersion, ChangelogValues.findVersion(rawVersion), rawDate,
                ChangelogValues.findDate(rawDate),
                rawPullRequest, pr.number(), pr.url(), ChangelogColumns.findCell(cells, columns.subject()),
                describeProblems(cells, columns.count(), tableProblem), pos, subjectPos);
    }

    private static Optional<String> describeProblems(List<String> cells, int expected, Optional<String> tableProblem) {
        List<String> problems = new ArrayList<>();
        tableProblem.ifPresent(problems::add);
        if (cells.size() != expected) {
            problems.add("row has " + cells.size() + (cells.size() == 1 ? " cell" : " cells")
                    + ", the table has " + expected);
        }
        if (ChangelogCells.isDelimiterCells(cells)) {
            problems.add("row is a stray delimiter row");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
