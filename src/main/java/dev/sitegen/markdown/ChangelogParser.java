package dev.sitegen.markdown;

import dev.sitegen.model.Changelog;
import dev.sitegen.model.ChangelogEntry;
import dev.sitegen.model.DocPage;
import dev.sitegen.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the changelog tables of a doc with a cheap line scan (no markdown parse: it runs on every
 * doc of every build, and docs come from untrusted pull requests, so the work is linear in the
 * doc's size). A changelog is a heading of any level whose text starts with {@code Changelog}
 * (optionally scoped, {@code Changelog: source-foo}, in a doc shared by several connectors)
 * followed by a table before the next heading, possibly inside {@code <details>}.
 *
 * <p>A changelog heading with no table under it (before the next heading or {@code </details>})
 * yields no {@link Changelog}: the doc then has no changelog as far as the checks are concerned,
 * whatever the heading promises. Headings in fenced code and front matter are ignored. Every row
 * becomes an entry, however malformed; its problems (cell count, a stray delimiter row, a header
 * without its delimiter row, reported on the first row) are data on the entry, never exceptions.
 */
public final class ChangelogParser {

    private ChangelogParser() {
    }

    /** The doc's changelogs in the order they appear. */
    public static List<Changelog> parseChangelogs(DocPage doc) {
        return findChangelogs(doc, true);
    }

    /**
     * A row's entry as {@link #parseChangelogs} made it, from what the row held as written (a load cache's copy of
     * it): the version and date are parsed from their cells here, as a row's are, so the copy is the entry itself.
     */
    public static ChangelogEntry restoreEntry(String rawVersion, String rawDate, String rawPullRequest,
                                              Optional<Integer> prNumber, Optional<String> prUrl, String subject,
                                              Optional<String> rowProblem, SourcePos pos, SourcePos subjectPos) {
        String version = ChangelogValues.shareCell(rawVersion);
        String date = ChangelogValues.shareCell(rawDate);
        return new ChangelogEntry(version, ChangelogValues.findVersion(version), date, ChangelogValues.findDate(date),
                rawPullRequest, prNumber, prUrl, subject, rowProblem, pos, subjectPos);
    }

    /**
     * The lines of each changelog block of the doc ({@link Changelog#firstLine()} to {@link Changelog#lastLine()}),
     * as {@link #parseChangelogs} finds them, without reading the rows: the page renderer drops these lines from
     * the doc and shows the rows load parsed (reading every row again cost 1.8% of a cold build).
     */
    public static List<LineRange> findChangelogLines(DocPage doc) {
        return findChangelogs(doc, false).stream().map(c -> new LineRange(c.firstLine(), c.lastLine())).toList();
    }

    /** The changelogs, with their entries only when {@code withEntries} (else each has none). */
    private static List<Changelog> findChangelogs(DocPage doc, boolean withEntries) {
        ChangelogLines lines = ChangelogLines.splitLines(doc.markdown());
        List<Changelog> changelogs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<ChangelogLines.Heading> heading = lines.findHeading(i);
            if (heading.isPresent() && ChangelogHeadings.isChangelog(heading.get().text())) {
                Optional<Changelog> own = readChangelog(doc.file(), lines, i, heading.get().text(), withEntries);
                own.ifPresent(changelogs::add);
                if (own.isEmpty() && ChangelogHeadings.findScope(heading.get().text()).isEmpty()) {
                    changelogs.addAll(readSubsections(doc.file(), lines, i, heading.get().level(), withEntries));
                }
            }
        }
        return List.copyOf(changelogs);
    }

    /**
     * The older form {@code ## CHANGELOG} then {@code ### <connector-dir>} and its table, one
     * subsection per connector of a shared doc. The first block starts at the parent heading, so the
     * page, which shows the tables from data, drops that heading with them.
     */
    private static List<Changelog> readSubsections(String file, ChangelogLines lines, int headingLine, int level,
                                                   boolean withEntries) {
        List<Changelog> found = new ArrayList<>();
        for (int j = headingLine + 1; j < lines.size(); j++) {
            Optional<ChangelogLines.Heading> sub = lines.findHeading(j);
            if (sub.isEmpty()) {
                continue;
            }
            if (sub.get().level() <= level) {
                break;
            }
            Optional<String> scope = ChangelogHeadings.isChangelog(sub.get().text()) ? Optional.empty()
                    : ChangelogHeadings.findFolderHeading(sub.get().text());
            if (scope.isPresent()) {
                int first = found.isEmpty() ? headingLine + 1 : j + 1;
                int line = j;
                ChangelogTableReader.readTable(lines, j + 1).ifPresent(table -> found.add(new Changelog(scope,
                        SourcePos.at(file, line + 1, 1), first, table.lastLine() + 1,
                        withEntries ? readEntries(file, lines, table) : List.of())));
            }
        }
        return found;
    }

    private static Optional<Changelog> readChangelog(String file, ChangelogLines lines, int headingLine,
                                                     String headingText, boolean withEntries) {
        return ChangelogTableReader.readTable(lines, headingLine + 1)
                .map(table -> new Changelog(ChangelogHeadings.findScope(headingText),
                        SourcePos.at(file, headingLine + 1, 1), headingLine + 1, table.lastLine() + 1,
                        withEntries ? readEntries(file, lines, table) : List.of()));
    }

    private static List<ChangelogEntry> readEntries(String file, ChangelogLines lines, ChangelogTableReader.Table table) {
        ChangelogColumns columns = ChangelogColumns.fromHeader(table.header());
        List<ChangelogEntry> entries = new ArrayList<>(table.rows().size());
        Optional<String> tableProblem = table.delimited() ? Optional.empty()
                : Optional.of("the table has no delimiter row under its header, so markdown shows it as text");
        for (ChangelogTableReader.Row row : table.rows()) {
            SourcePos pos = SourcePos.at(file, row.line() + 1, 1);
            List<Integer> starts = ChangelogCells.findCellColumns(lines.line(row.line()));
            int subject = columns.subject();
            SourcePos subjectPos = subject >= 0 && subject < starts.size()
                    ? SourcePos.at(file, row.line() + 1, starts.get(subject)) : pos;
            entries.add(ChangelogRowParser.parseRow(row.cells(), columns, pos, subjectPos, tableProblem));
            tableProblem = Optional.empty();
        }
        return entries;
    }
}
